/**
 * The corrections stage: applies the historian's decisions from the review page
 * (`config.corrections`, read from `corrections.json`) to the linked corpus, on every run.
 * Placed after entity linking; after event consolidation it also reaches the event
 * records and claims. Corrections whose target is gone (a source changed, an entity was
 * renamed upstream) are reported as `corrections/stale` warnings and skipped.
 */
import type { Corpus } from '../model.js';
import type { StageContext, StageMeta } from '../stage.js';
import { applyCorrections } from '../review/apply.js';
import { parseCorrections, targetKey } from '../review/corrections.js';

export const meta: StageMeta = {
  name: 'corrections',
  version: '1',
  requires: ['entities'],
  assigns: [],
};

/**
 * Apply `context.config.corrections` to a corpus; a corpus without corrections passes unchanged.
 *
 * @param corpus The corpus after entity linking.
 * @param context Configuration (`corrections`) and the report sink for stale corrections.
 * @returns the corrected corpus; the input is untouched.
 * @throws when `config.corrections` is not a version-1 corrections file (bad configuration).
 * @example applyCorrectionsStage(linked, context).entities
 */
export function applyCorrectionsStage(corpus: Corpus, context: StageContext): Corpus {
  const { corrections } = context.config;
  if (corrections === null) return corpus;
  // The configuration may come from a hand-written JSON file: check it before trusting its shape.
  const checked = parseCorrections(corrections);
  if (checked.corrections.length === 0) return corpus;
  return applyCorrections(corpus, checked, ({ correction, reason }) =>
    context.report({
      reason: `Correction '${correction.action}' no longer applies: ${reason}`,
      ruleId: 'corrections/stale',
      place: null,
      fatal: false,
      actual: targetKey(correction.target),
      ...(correction.note === '' ? {} : { note: correction.note }),
    }),
  );
}
