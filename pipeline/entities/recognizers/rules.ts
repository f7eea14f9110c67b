/**
 * The rule recogniser for any language with entity data in `pipeline/lang/<code>/`
 * (Tagalog first): capitalisation with the language's function words and non-names,
 * person markers, titles, ordinals, terrain, body, event and document words, exonyms and
 * the gazetteer. Leftover capitalised runs are typed by evidence only.
 */
import type { Recognizer } from '../recognizer.js';
import { recognizeSegment } from './sentence.js';

/** Rule recogniser for every language (`*`); the stage picks a language's best backend. */
export const rulesRecognizer: Recognizer = {
  name: 'rules',
  languages: ['*'],
  recognize: (segment, document, context) => recognizeSegment(segment, document, context, segment.language),
};
