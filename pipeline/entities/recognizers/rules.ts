/**
 * The rule recogniser for any language with entity data in `pipeline/lang/<code>/`
 * (Tagalog first): capitalisation with the language's function words and non-names,
 * person markers, titles, ordinals, terrain, body, event and document words, exonyms and
 * the gazetteer. Leftover capitalised runs are typed by evidence only.
 */
import { gazetteer } from '../gazetteer.js';
import { entityLexicon } from '../lexicon.js';
import type { Recognizer } from '../recognizer.js';
import { segmentLine, toCandidates } from './candidates.js';
import { findInSentence } from './sentence.js';

/** Rule recogniser for every language (`*`); the stage picks a language's best backend. */
export const rulesRecognizer: Recognizer = {
  name: 'rules',
  languages: ['*'],
  recognize(segment, document, context) {
    const lexicon = entityLexicon(context.lang(segment.language));
    const line = segmentLine(segment, document);
    const found = findInSentence(segment.text, line.text, lexicon, gazetteer());
    return toCandidates(found, segment, line.index, `entities/${segment.language}`);
  },
};
