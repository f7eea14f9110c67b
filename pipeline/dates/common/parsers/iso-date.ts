/** ISO 8601 dates and date-times: 1938-08-06, 1938-08-06T16:00. Language-free. */
import type { Parser } from '../grammar.js';
import { candidate, pointOf } from '../build.js';
import { compile, DIGIT } from '../pattern.js';

const YEAR = 'year';
const MONTH = 'month';
const DAY = 'day';
const HOUR = 'hour';
const MINUTE = 'minute';

/** Parses `YYYY-MM-DD` with an optional `THH:MM`. */
export const isoDate: Parser = {
  name: 'iso-date',
  trigger: () => DIGIT,
  pattern: () =>
    compile(`(?<![\\d-])(?<${YEAR}>\\d{4})-(?<${MONTH}>0[1-9]|1[0-2])-(?<${DAY}>0[1-9]|[12]\\d|3[01])(?:T(?<${HOUR}>[01]\\d|2[0-4]):(?<${MINUTE}>[0-5]\\d))?(?![\\d-])`),
  extract(match, context) {
    const groups = match.groups ?? {};
    const known = { year: Number(groups[YEAR]), month: Number(groups[MONTH]), day: Number(groups[DAY]) };
    const clock = groups[HOUR] ? Number(groups[HOUR]) * 60 + Number(groups[MINUTE]) : null;
    return candidate(match.index, match.index + match[0].length, { kind: 'point', point: pointOf(known) }, context, 'iso-date', { clock });
  },
};
