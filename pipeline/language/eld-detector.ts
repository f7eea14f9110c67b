/**
 * Adapter over `eld` (Efficient Language Detector, character n-grams): the only place that
 * knows eld's ISO 639-1 codes. Each candidate set gets its own eld instance limited to it
 * with `setLanguageSubset`: the subset only filters eld's finished per-language sums, so
 * the candidates' scores are exactly those of the full result, without scaling and sorting
 * sixty languages per text. The instances share eld's one preloaded n-gram table.
 */
import { eld } from 'eld/large';
import type { LanguageCode } from '../model.js';

/** ISO 639-3 → the ISO 639-1 code eld uses, for the languages eld knows. */
const ELD_CODES: Readonly<Record<LanguageCode, string>> = Object.freeze({
  amh: 'am', ara: 'ar', aze: 'az', bel: 'be', ben: 'bn', bul: 'bg', cat: 'ca', ces: 'cs', dan: 'da',
  deu: 'de', ell: 'el', eng: 'en', est: 'et', eus: 'eu', fas: 'fa', fin: 'fi', fra: 'fr', guj: 'gu',
  heb: 'he', hin: 'hi', hrv: 'hr', hun: 'hu', hye: 'hy', isl: 'is', ita: 'it', jpn: 'ja', kat: 'ka',
  kan: 'kn', kor: 'ko', kur: 'ku', lao: 'lo', lav: 'lv', lit: 'lt', mal: 'ml', mar: 'mr', msa: 'ms',
  nld: 'nl', nor: 'no', ori: 'or', pan: 'pa', pol: 'pl', por: 'pt', ron: 'ro', rus: 'ru', slk: 'sk',
  slv: 'sl', sqi: 'sq', srp: 'sr', swe: 'sv', tam: 'ta', tel: 'te', tgl: 'tl', tha: 'th', tur: 'tr',
  ukr: 'uk', urd: 'ur', vie: 'vi', yor: 'yo', zho: 'zh',
});

/** Whether eld has a model for a language. */
export function eldKnows(language: LanguageCode): boolean {
  return Object.hasOwn(ELD_CODES, language);
}

function eldCode(language: LanguageCode): string {
  const code = ELD_CODES[language];
  if (code === undefined) {
    throw new Error(`Language '${language}' is not supported by the eld detector (supported: ${Object.keys(ELD_CODES).join(', ')})`);
  }
  return code;
}

/**
 * eld's score for each candidate language: its average n-gram score, 0 for a language it
 * found no evidence for. A ranking signal, not a probability.
 *
 * @param text the text to score
 * @param languages candidate ISO 639-3 codes (sorted, each supported by eld)
 * @returns one score per candidate, in the order of `languages`
 * @throws when a candidate is not supported by eld (a configuration error)
 * @example eldScores('The war began.', ['eng', 'tgl']) // [0.71, 0.52]
 */
export function eldScores(text: string, languages: readonly LanguageCode[]): number[] {
  const { detector, codes } = detectorFor(languages);
  const scores = detector.detect(text).getScores();
  return codes.map((code) => scores[code] ?? 0);
}

type Detector = ReturnType<typeof eld.newInstance>;

/** One configured instance per candidate set, made on first use and never changed after. */
const detectors = new Map<string, { detector: Detector; codes: string[] }>();

function detectorFor(languages: readonly LanguageCode[]): { detector: Detector; codes: string[] } {
  const key = languages.join(',');
  const known = detectors.get(key);
  if (known) return known;
  const codes = languages.map(eldCode);
  const detector = eld.newInstance();
  detector.setLanguageSubset(codes);
  const made = { detector, codes };
  detectors.set(key, made);
  return made;
}
