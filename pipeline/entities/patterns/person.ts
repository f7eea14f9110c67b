/**
 * People: a title before a name ("Marshal Blucher", "Tenyente Heneral Komatsubara"),
 * initials before or after a surname ("V.K. Blucher", "Shtern G.M.", "K. VOROSHILOV",
 * "G. K. Si Zhukov"), a person marker before names ("si Arita", "sina X at Y") and a
 * Russian full name with a patronymic ("Venkov Andrey Vadimovich").
 */
import type { EntityLexicon } from '../lexicon.js';
import { isPatronymic, normalizeName } from '../names.js';
import type { Token } from '../tokens.js';
import { gapAfter, isInitial } from '../tokens.js';
import type { Found, Pattern } from './found.js';
import { isHeadWord, isNameWord, isParticle, nameRunEnd } from './name-words.js';

/**
 * People named with titles, initials, person markers or a patronymic.
 *
 * @example person(input('Marshal K.E. Voroshilov spoke')) // 'Marshal K.E. Voroshilov', normalized 'K. E. Voroshilov'
 */
export const person: Pattern = ({ text, tokens, lexicon }) => {
  const found: Found[] = [];
  const emit = (first: number, last: number, rule: string, endUnit?: number): void => {
    const start = tokens[first]!.start;
    const end = endUnit ?? tokens[last]!.end;
    const surface = text.slice(start, end);
    found.push({ start, end, type: 'PERSON', rule, normalized: normalizeName(surface, 'PERSON', lexicon), gazetteer: null, score: 0.85 });
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Initials, then (maybe a wedged-in function word, then) a surname.
    if (isInitial(text, tokens, i) && !lexicon.titles.has(token.lower) && (i === 0 || !isInitial(text, tokens, i - 1))) {
      let j = i;
      while (j < tokens.length && j - i < 3 && isInitial(text, tokens, j)) j++;
      let k = j;
      if (isWedged(tokens[k], lexicon) && isNameWord(tokens[k + 1], lexicon)) k++;
      // After initials a title word is a surname ("Edward P. King Jr.").
      const titled = isTitleSurname(tokens, k, lexicon);
      const end = titled ? k + 1 : nameRunEnd(text, tokens, k, lexicon, 2);
      // Initials before a formation or body are an acronym, not a person ("U.S. Sixth Army").
      const headNext = isHead(tokens[end], lexicon) && gapAfter(text, tokens, end - 1) === ' ';
      if (end > k && (titled || isSurname(tokens[k], lexicon)) && !headNext && isSurnameGap(gapAfter(text, tokens, j - 1))) {
        emit(titleStart(tokens, givenNameStart(tokens, i, text, lexicon), text, lexicon), end - 1, 'person/initials');
        i = end - 1;
        continue;
      }
    }
    // A surname, then initials ("Shtern G.M.", "Ivanov S. V.").
    if (isNameWord(token, lexicon) && !token.allCaps && !isInitial(text, tokens, i) && gapAfter(text, tokens, i) === ' ' && isInitial(text, tokens, i + 1) && !isSuffix(tokens[i + 1], lexicon)) {
      let j = i + 1;
      while (j < tokens.length && j - i <= 3 && isInitial(text, tokens, j)) j++;
      const last = j - 1;
      // Initials followed by a name belong to that name ("Affairs B.S. Stomonyakov").
      const after = gapAfter(text, tokens, last);
      if ((isSurname(tokens[j], lexicon) || isTitleSurname(tokens, j, lexicon)) && (after === '.' || after === '. ')) continue;
      // Include the final initial's dot.
      emit(titleStart(tokens, i, text, lexicon), last, 'person/surname-initials', tokens[last]!.end + 1);
      i = last;
      continue;
    }
    // A title, then a name.
    // A lower-case title counts only abbreviated ("capt. Orne"): a lower-case full word
    // ("comrade", "captain") is as often a common noun before the name.
    if (lexicon.titles.has(token.lower) && (token.capitalized || gapAfter(text, tokens, i) === '. ')) {
      let j = i;
      // Titles joined by spaces; a dot only after an abbreviation ("Mr. Pu Yi", not "comrade. Shtern").
      // A title written with a hyphen is one title ("Governor-General", "Tenyente-Heneral").
      const joined = (k: number): boolean => /^[-‑]$/u.test(gapAfter(text, tokens, k)) && lexicon.titles.has(tokens[k + 1]?.lower ?? '');
      while (j < tokens.length && j - i < 3 && lexicon.titles.has(tokens[j]!.lower) && (titleGap(gapAfter(text, tokens, j), lexicon.titles.get(tokens[j]!.lower)!) || joined(j))) j++;
      const end = nameRunEnd(text, tokens, j, lexicon, 3);
      // "General Staff", "Colonel Division": a body or unit word is not a surname.
      const head = isHeadWord(tokens[end - 1]?.lower ?? '', lexicon);
      // A name followed by initials is left to the surname-initials rule ("Shtern G.M.").
      const initialsNext = end < tokens.length && isInitial(text, tokens, end) && !isSuffix(tokens[end], lexicon);
      if (j > i && end > j && !head && !initialsNext) {
        emit(i, end - 1, 'person/title');
        i = end - 1;
      }
      continue;
    }
    // A person marker, then one name or a list of names.
    const marker = lexicon.personMarkers.get(token.lower);
    if (marker && gapAfter(text, tokens, i) === ' ') {
      let j = i + 1;
      while (j < tokens.length && j - i <= 3 && lexicon.titles.has(tokens[j]!.lower)) j++;
      // A surname may open with its particle ("si del Pilar").
      let end = nameRunEnd(text, tokens, isParticle(text, tokens, j, lexicon) ? j + 1 : j, lexicon, 3);
      while (end > j) {
        emit(j, end - 1, 'person/marker');
        if (marker !== 'many') break;
        const next = end + (lexicon.nonNames.has(tokens[end]?.lower ?? '') ? 1 : 0);
        if (!/^,?\s$/.test(gapAfter(text, tokens, end - 1))) break;
        j = next;
        end = nameRunEnd(text, tokens, j, lexicon, 3);
      }
      continue;
    }
    // Surname, given name and patronymic.
    const end = nameRunEnd(text, tokens, i, lexicon, 3);
    if (end - i === 3 && isPatronymic(tokens[end - 1]!.text)) {
      emit(i, end - 1, 'person/patronymic');
      i = end - 1;
    }
  }
  return found;
};

/**
 * A name word that can be a surname: not a short acronym ("M.F. USSR" is not a person),
 * nor a lone letter ("A. D. 1899" is an era).
 */
function isSurname(token: Token | undefined, lexicon: EntityLexicon): boolean {
  return isNameWord(token, lexicon) && token!.text.length > 1 && !(token!.allCaps && token!.text.length <= 4);
}

/** A generational suffix ("Jr", "III"), which has the shape of initials but is not. */
function isSuffix(token: Token | undefined, lexicon: EntityLexicon): boolean {
  return !!token && lexicon.nameSuffixes.has(token.lower);
}

/**
 * A capitalised title word standing as a surname: a suffix, a lower-case word or nothing
 * follows it ("P. King Jr.", "P. King surrendered"; not "P. King George", "I.S. Comrade Comrade").
 */
function isTitleSurname(tokens: readonly Token[], k: number, lexicon: EntityLexicon): boolean {
  const token = tokens[k];
  const next = tokens[k + 1];
  return !!token && token.capitalized && !token.allCaps && lexicon.titles.has(token.lower) && (!next || !next.capitalized || isSuffix(next, lexicon));
}

/** A capitalised head word of a formation, body or place ("Army", "Council", "Bay"). */
function isHead(token: Token | undefined, lexicon: EntityLexicon): boolean {
  return !!token && token.capitalized && isHeadWord(token.lower, lexicon);
}

/** A capitalised function word or marker the translation put between initials and surname. */
function isWedged(token: Token | undefined, lexicon: EntityLexicon): boolean {
  return !!token && token.capitalized && (lexicon.personMarkers.has(token.lower) || lexicon.nonNames.has(token.lower)) && !lexicon.titles.has(token.lower);
}

/** Whether a gap may follow a title: a space, or a dot and a space after an abbreviation. */
function titleGap(gap: string, normal: string): boolean {
  return gap === ' ' || (gap === '. ' && normal.endsWith('.'));
}

/** The gap after the last initial: its dot and at most one space. */
function isSurnameGap(gap: string): boolean {
  return gap === '.' || gap === '. ';
}

/** Index of a given name written out before initials ("James K. Polk"), else `i`. */
function givenNameStart(tokens: readonly Token[], i: number, text: string, lexicon: EntityLexicon): number {
  const previous = tokens[i - 1];
  if (!previous || gapAfter(text, tokens, i - 1) !== ' ' || !isNameWord(previous, lexicon) || previous.allCaps) return i;
  const head = isHeadWord(previous.lower, lexicon) || lexicon.documentWords.has(previous.lower);
  return head ? i : i - 1;
}

/** Index of the first of up to two titles directly before token `i` ("Marshal K.E. Voroshilov", "Mrs. T. K. Sisk"). */
function titleStart(tokens: readonly Token[], i: number, text: string, lexicon: EntityLexicon): number {
  let first = i;
  while (first > 0 && i - first < 2) {
    const previous = tokens[first - 1]!;
    const title = lexicon.titles.get(previous.lower);
    if (!previous.capitalized || title === undefined || !titleGap(gapAfter(text, tokens, first - 1), title)) break;
    first--;
  }
  return first;
}
