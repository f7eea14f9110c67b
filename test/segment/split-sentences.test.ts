import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abbreviationsFor } from '../../pipeline/segment/abbreviations.js';
import { sentenceStartersFor } from '../../pipeline/segment/sentence-starters.js';
import { findSentences, splitSentences, type SegmenterData } from '../../pipeline/segment/split-sentences.js';

const languages = ['eng', 'tgl'];
const data: SegmenterData = { abbreviations: abbreviationsFor(languages), starters: sentenceStartersFor(languages) };
const sentencesOf = (text: string, codes: string[] = languages): string[] =>
  splitSentences(text, codes).map(({ start, end }) => [...text].slice(start, end).join(''));

describe('splitSentences', () => {
  it.each([
    ['initials with spaces', 'Marshal V. K. Blucher arrived in Khabarovsk.'],
    ['glued initials before a lone surname', 'VK. Blucher'],
    ['initials after a surname', 'The army was led by Shtern G.M. and his staff.'],
    ['a two-letter initial', 'Corps commander Ya. V. Smushkevich led the aces.'],
    ['a number abbreviation', 'The order No. 0040 was issued on September 4.'],
    ['a plural title', 'Present were TT. Stalin and Molotov.'],
    ['a rank abbreviation', 'Then com. The Far East Front sent a commission.'],
    ['a saint in a place name', 'He was born in St. Petersburg in 1890.'],
    ['titles and times', 'Dr. Smith met Mr. Jones at 5 p.m. yesterday.'],
    ['a title left with a period', 'They asked Comrade Comrade. Blucher to report.'],
    ['a Latin abbreviation', 'Look at the example, e.g. the first one.'],
    ['Tagalog Gng.', 'Dumating si Gng. Santos kahapon.'],
    ['Tagalog Bb.', 'Kinausap ni Bb. Cruz ang mga guro.'],
    ['initials before a Tagalog marker', 'Pinamunuan ito ni G. K. Si Zhukov noong Agosto.'],
    ['Tagalog Sen.', 'Ayon kay Sen. Roxas, tuloy ang pulong.'],
    ['Tagalog Blg.', 'Ang kautusan Blg. 5 ay inilabas.'],
    ['a quotation the sentence goes on after', '“I came. I saw,” he said.'],
    ['a question inside a quotation', 'He asked “Why?” and left.'],
    ['a quotation closing on a comma before a name', '“I came. I saw,” Caesar said.'],
    ['a straight quotation closing on a comma', '"We hold. We stay," Blucher wrote.'],
    ['a Tagalog quotation closing on a comma', '“Hindi kami aatras. Lalaban kami,” sabi ni Blucher.'],
  ])('should not split inside %s', (_, text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });

  it.each([
    ['two plain sentences', 'The attack failed. The enemy retreated.', ['The attack failed.', 'The enemy retreated.']],
    ['?! before a capital', 'Was it a war?! Nobody knew.', ['Was it a war?!', 'Nobody knew.']],
    ['a closing quote', 'He said: “We will fight.” Then he left.', ['He said: “We will fight.”', 'Then he left.']],
    ['a straight closing quote', 'He wrote "We hold." The line held.', ['He wrote "We hold."', 'The line held.']],
    ['a period before a number', 'Losses were high. 2752 people were wounded.', ['Losses were high.', '2752 people were wounded.']],
    ['a year at the end', 'It ended in 1938. In 1939 it began again.', ['It ended in 1938.', 'In 1939 it began again.']],
    ['an ellipsis before a capital', 'Wait... Then it came.', ['Wait...', 'Then it came.']],
    ['a question before a lower-case start', 'Were there losses? yes, many.', ['Were there losses?', 'yes, many.']],
    ['a word before a lower-case start', 'It was the end. and then nothing.', ['It was the end.', 'and then nothing.']],
    ['a title after a real end', 'Sumulat si Atty. Reyes. Sumagot ang hukom.', ['Sumulat si Atty. Reyes.', 'Sumagot ang hukom.']],
    ['Tagalog sentences', 'Natalo ang mga Hapon. Nagpatuloy ang laban.', ['Natalo ang mga Hapon.', 'Nagpatuloy ang laban.']],
    ['a Tagalog question', 'Bakit? Walang nakaaalam.', ['Bakit?', 'Walang nakaaalam.']],
    ['a blank line', 'A title without an end\n\nThe text', ['A title without an end', 'The text']],
    ['after an emoticon that closes a sentence', 'It was great! :D See you.', ['It was great! :D', 'See you.']],
    ['a stray period opening the text', '. Results: conclusions. Next one.', ['. Results: conclusions.', 'Next one.']],
  ])('should split %s', (_, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it.each([
    ['glued initials in mid-sentence', 'The order was signed by VK. Blucher and G.M. Shtern on the same day.'],
    ['glued initials after a rank', 'Marshal GK. Zhukov took command in August.'],
    ['glued initials in Tagalog', 'Kasama si VK. Blucher sa Khabarovsk noong Agosto.'],
    ['a starter-shaped initial inside initials', 'The report was signed by V. A. Smirnov and sent.'],
    ['dotted initials before a name', 'The U.S. Army landed in June.'],
    ['a chain of initials that opens a name, before a starter', 'Pinangunahan ng kumander G. K. Si Zhukov ang hukbo.'],
    ['glued initials before a quoted name', 'The letter of VK. “Blucher” was read.'],
  ])('should read %s as a name initial', (_, text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });

  it.each([
    ['an acronym before a starter', 'He lives in the US. The next day he left.', ['He lives in the US.', 'The next day he left.']],
    ['an acronym before a name', 'He lives in the US. Moscow is far.', ['He lives in the US.', 'Moscow is far.']],
    ['a long acronym', 'He joined the USSR. In 1939 he left.', ['He joined the USSR.', 'In 1939 he left.']],
    ['glued initials before a sentence', 'Commander VK. Blucher arrived. Then he left.', ['Commander VK. Blucher arrived.', 'Then he left.']],
    ['dotted initials after a surname', 'The army was led by Shtern G.M. He was brave.', ['The army was led by Shtern G.M.', 'He was brave.']],
    ['spaced initials after a surname', 'It was led by Shtern G. M. The staff moved.', ['It was led by Shtern G. M.', 'The staff moved.']],
    ['a single letter before a starter', 'They chose plan B. The first one failed.', ['They chose plan B.', 'The first one failed.']],
    ['a single letter before an indefinite pronoun', 'They chose plan B. Nobody liked it.', ['They chose plan B.', 'Nobody liked it.']],
    ['a Roman numeral', 'It began before World War II. Germany was divided.', ['It began before World War II.', 'Germany was divided.']],
    ['glued initials before a full name', 'Greetings from LJ. Debra Smith', ['Greetings from LJ.', 'Debra Smith']],
    ['a starter with a curly apostrophe', 'He saw point K. It’s late now.', ['He saw point K.', 'It’s late now.']],
    ['a Tagalog starter', 'Natapos ang World War II. Ang paghahanap ay nagpatuloy.', ['Natapos ang World War II.', 'Ang paghahanap ay nagpatuloy.']],
    ['a Tagalog starter after glued capitals', 'Nakita nila ang VK. Noong Agosto ay umalis siya.', ['Nakita nila ang VK.', 'Noong Agosto ay umalis siya.']],
    ['a Tagalog acronym', 'Bumalik siya sa RP. Ang lahat ay natuwa.', ['Bumalik siya sa RP.', 'Ang lahat ay natuwa.']],
  ])('should split after %s', (_, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('should use the sentence starters of the languages it is given, and only those', () => {
    const text = 'Ito ay ginawa ni K. Noong Agosto ay umalis siya.';
    expect(sentencesOf(text, ['eng'])).toEqual([text]);
    expect(sentencesOf(text, ['eng', 'tgl'])).toEqual(['Ito ay ginawa ni K.', 'Noong Agosto ay umalis siya.']);
  });

  it('should give code-point offsets around glued initials after non-BMP characters', () => {
    expect(splitSentences('😀 VK. Blucher left. Then 𝔸 came.', languages)).toEqual([
      { start: 0, end: 19 },
      { start: 20, end: 32 },
    ]);
  });

  it('should not split at a single newline', () => {
    expect(sentencesOf('a wrapped line\ncontinues here.')).toEqual(['a wrapped line\ncontinues here.']);
  });

  it('should use the abbreviations of every language it is given, and only those', () => {
    expect(sentencesOf('Dumating si Gng. Santos kahapon.', ['eng'])).toEqual(['Dumating si Gng.', 'Santos kahapon.']);
    expect(sentencesOf('Dumating si Gng. Santos kahapon.', ['eng', 'tgl'])).toEqual(['Dumating si Gng. Santos kahapon.']);
  });

  it('should give code-point offsets after non-BMP characters', () => {
    const text = '😀 𝔸 First one. Second one.';
    expect(splitSentences(text, languages)).toEqual([
      { start: 0, end: 14 },
      { start: 15, end: 26 },
    ]);
  });

  it('should trim whitespace around sentences', () => {
    expect(splitSentences('  Hello there.  Next.  ', languages)).toEqual([
      { start: 2, end: 14 },
      { start: 16, end: 21 },
    ]);
  });

  it('should return nothing for blank text', () => {
    expect(splitSentences(' \n\n \t', languages)).toEqual([]);
  });

  it('should report a token it takes for an abbreviation without data', () => {
    const { sentences, guesses } = findSentences('The KDfront. combat training was low.', data);
    expect(sentences).toHaveLength(1);
    expect(guesses).toEqual([{ start: 4, end: 11, text: 'KDfront' }]);
  });

  it('should not report known abbreviations or real ends', () => {
    expect(findSentences('See e.g. the map. It was late.', data).guesses).toEqual([]);
  });

  it('should cover all text with ordered, trimmed, disjoint sentences', () => {
    const piece = fc.constantFrom('a', 'Bc', ' ', '.', '?', '!', '"', '“', '”', '\n', '😀', 'Dr', 'No', '1', 'V.', '...');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        const chars = [...text];
        const spans = splitSentences(text, languages);
        let previous = 0;
        for (const { start, end } of spans) {
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(end).toBeGreaterThan(start);
          const sentence = chars.slice(start, end).join('');
          expect(sentence).toBe(sentence.trim());
          previous = end;
        }
        chars.forEach((char, i) => {
          if (char.trim() !== '') expect(spans.some(({ start, end }) => start <= i && i < end)).toBe(true);
        });
      }),
    );
  });

  it.each([
    ['dots and spaces', '. '.repeat(100_000)],
    ['dots', '.'.repeat(200_000)],
    ['dashes and spaces', '- '.repeat(100_000)],
    ['spaces', ' '.repeat(200_000)],
    ['initials', 'A. '.repeat(66_667)],
    ['question marks and quotes', '?" '.repeat(66_667)],
    ['initials before starters', 'A. B. The '.repeat(20_000)],
    ['glued initials before names', 'VK. Blucher '.repeat(16_667)],
  ])('should split a 200k-character line of %s into ordered, trimmed sentences that lose no character', (_, text) => {
    // Timing on these inputs lives in bench/pathological.ts; here, what they must produce.
    const spans = splitSentences(text, languages);
    const chars = [...text];
    const covered = new Uint8Array(chars.length);
    const wrong = spans.filter((span, i) => {
      covered.fill(1, span.start, span.end);
      const previousEnd = i === 0 ? 0 : spans[i - 1]!.end;
      return span.start < previousEnd || span.end > chars.length || span.start >= span.end || /\s/u.test(chars[span.start]!) || /\s/u.test(chars[span.end - 1]!);
    });
    expect(wrong).toEqual([]);
    expect(chars.filter((char, i) => covered[i] === 0 && !/\s/u.test(char))).toEqual([]);
  });
});
