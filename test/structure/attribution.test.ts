import { describe, expect, it } from 'vitest';
import { languagePack } from '../../pipeline/lang/index.js';
import { parseCitation, parseReference } from '../../pipeline/structure/attribution.js';
import { structureCuesOf } from '../../pipeline/structure/cues.js';

const cues = structureCuesOf([languagePack('eng'), languagePack('tgl')]);
const short = (text: string) => {
  const attribution = parseCitation(text, cues);
  return attribution && { title: attribution.title, author: attribution.author, year: attribution.year };
};

describe('parseCitation', () => {
  it.each([
    ['From the book Great Generals and Their Battles author Venkov Andrey Vadimovich', 'Great Generals and Their Battles', 'Venkov Andrey Vadimovich'],
    ['From the book Who Helped Hitler? Europe at war author Kirsanov Nikolai', 'Who Helped Hitler? Europe at war', 'Kirsanov Nikolai'],
    ['From book warships, 200 BC - 1413 AD author Ivanov S. V.', 'warships, 200 BC - 1413 AD', 'Ivanov S. V.'],
    ['From the book of Zhukov. Ups and downs the author Gromov Alex', 'Zhukov. Ups and downs', 'Gromov Alex'],
    ['From the book Big Sky [bombers, 1941–1945] author', 'Big Sky [bombers, 1941–1945]', null],
    ['From the book Border Troops of the 20th Century. author History Team of authors --', 'Border Troops of the 20th Century', 'History Team of authors'],
    ["From the author's book", null, null],
    ['Mula sa aklat na Kasaysayan ng Maynila ni Juan dela Cruz', 'Kasaysayan ng Maynila', 'Juan dela Cruz'],
  ])('should read %s', (text, title, author) => {
    expect(short(text)).toEqual({ title, author, year: null });
  });

  it.each(['He read from the book every day.', 'Fromthe book X author Y', 'The book X author Y'])(
    'should not take %s for a citation',
    (text) => {
      expect(parseCitation(text, cues)).toBeNull();
    },
  );
});

describe('parseReference', () => {
  it('should read author, title and year of a closing reference', () => {
    const text = 'Polynov M.F. USSR/Russia in local wars and\narmed conflicts. Tutorial. - St. Petersburg,\n2017. - Publishing house Info-Da. – 162 p.';
    expect(parseReference(text, cues)).toEqual({
      title: 'USSR/Russia in local wars and armed conflicts',
      author: 'Polynov M.F.',
      year: 2017,
      text: text.replace(/\s+/gu, ' '),
    });
  });

  it.each([
    ['a sentence with a year', 'In 1938 the Red Army lost 759 people killed.'],
    ['a name and a year without a publisher', 'Polynov M.F. wrote about the war in 2017.'],
    ['a publisher word without a year', 'Smith J. Northern railways. Moscow: Nauka Press.'],
    ['a publisher word inside another word', 'Smith J. Expressed views, 1999.'],
  ])('should not take %s for a reference', (_, text) => {
    expect(parseReference(text, cues)).toBeNull();
  });
});
