import { describe, it } from 'vitest';
import { expectTimex, type Expected } from '../../helpers.js';

const reference = '1998-08-07';

const cases: [string, string, Expected][] = [
  ['should read "today" as the document date', 'The embassy closed today.', { text: 'today', value: '1998-08-07', precision: 'day' }],
  ['should read "now" as the present', 'The city is now calm.', { text: 'now', value: 'PRESENT_REF' }],
  ['should read "last week" as an ISO week', 'Talks stalled last week.', { text: 'last week', value: '1998-W31', precision: 'day' }],
  ['should read "next month"', 'Elections come next month.', { text: 'next month', value: '1998-09', precision: 'month' }],
  ['should read "two weeks ago" at week precision', 'He left two weeks ago.', { text: 'two weeks ago', value: '1998-07-24' }],
  ['should read "50 years ago" at year precision', 'It was founded 50 years ago.', { text: '50 years ago', value: '1948', precision: 'year' }],
  ['should read the third quarter of the document year', 'Third-quarter profit rose.', { text: 'Third-quarter', value: '1998-35', precision: 'season', inferred: ['year'] }],
  ['should read a weekday as the most recent one', 'Bombs exploded Wednesday in Nairobi.', { text: 'Wednesday', value: '1998-08-05' }],
  ['should read a weekday after a future cue as the next one', 'The council will meet Tuesday in Nairobi.', { text: 'Tuesday', value: '1998-08-11' }],
];

const newsCases: [string, string, string, Expected][] = [
  ['should put a month of a future clause after the document date', 'Elections are scheduled for February in the capital.', '1989-10-30', { text: 'February', value: '1990-02', inferred: ['year'] }],
  ['should put a month of a past clause before the document date', 'In February, sales fell sharply.', '1989-10-30', { text: 'February', value: '1989-02', inferred: ['year'] }],
  ['should join a time, its zone and its date', 'Offers expire at 5 p.m. EST Nov. 9 in New York.', '1989-11-02', { text: '5 p.m. EST Nov. 9', value: '1989-11-09T17:00', type: 'time', inferred: ['year'] }],
  ['should give a month the year named right after it', 'Pol Pot was arrested in June last year.', '1998-04-15', { text: 'June last year', value: '1997-06', inferred: ['year'] }],
  ['should read "the quarter" of a report as the latest quarter', 'Net income for the quarter rose 5%.', '1989-11-02', { text: 'the quarter', value: '1989-35' }],
  ['should read "current" as the present', 'Under current rules the plan stands.', '1989-11-02', { text: 'current', value: 'PRESENT_REF' }],
  ['should read a comparative adjective against the narrative quarter', 'Net rose in the third quarter from the year-earlier quarter.', '1989-11-02', { text: 'the year-earlier quarter', value: '1988-35' }],
  ['should read a future cue across an initial in a name', 'Mr. Schwarz will succeed Daniel P. Davison Feb. 1, the bank said.', '1989-10-26', { text: 'Feb. 1', value: '1990-02-01', inferred: ['year'] }],
  ['should read "effective" as a future cue', 'The new labor pact is effective June 1 at the mills.', '1989-10-26', { text: 'June 1', value: '1990-06-01', inferred: ['year'] }],
  ['should not read "next to" as a future cue', 'Blasts next to the embassies on Friday killed 100.', '1998-08-08', { text: 'Friday', value: '1998-08-07' }],
  ['should read "planning to" as a future cue', 'They were planning to drive around the airport on Monday.', '2000-01-07', { text: 'Monday', value: '2000-01-10' }],
  ['should count "a month ago" from the report date, not from the quarter', 'Third-quarter sales rose; a month ago the outlook was dim.', '1989-10-30', { text: 'a month ago', value: '1989-09' }],
  ['should put a quarter far ahead of a January report in the year before', 'Profit rose in the fourth quarter, the firm said.', '1998-01-26', { text: 'the fourth quarter', value: '1997-36', inferred: ['year'] }],
  ['should read "the year" of a report as the current year', 'For the year, pet food volume was flat.', '1989-11-02', { text: 'the year', value: '1989', precision: 'year' }],
  ["should read \"year's end\" as the end of the current year", "Rates should ease by year's end, analysts said.", '1989-10-26', { text: "year's end", value: '1989', qualifier: 'end', precision: 'year' }],
  ['should read "the near term" as the future', 'Profits will stay weak in the near term, it said.', '1989-10-30', { text: 'the near term', value: 'FUTURE_REF' }],
  ['should read "the latest fiscal year" as the last one', 'Sales in the latest fiscal year were C$7 billion.', '1989-10-26', { text: 'the latest fiscal year', value: '1988', precision: 'year' }],
  ['should read "the end of the month" as the end of the current month', 'Troops arrive by the end of the month.', '1990-08-13', { text: 'the end of the month', value: '1990-08', qualifier: 'end' }],
  ['should read "the latest period" of a report as the latest quarter', 'Net income for the latest period rose 13%.', '1989-11-02', { text: 'the latest period', value: '1989-35' }],
  ['should read "the fiscal year ended" as a span of one year', 'In the fiscal year ended Jan. 31, sales rose.', '1989-10-31', { text: 'the fiscal year', value: 'P1Y', type: 'duration' }],
  ['should read "the year ended" as a span of one year', 'It had revenue of $76 million for the year ended Sept. 30.', '1989-11-01', { text: 'the year', value: 'P1Y', type: 'duration' }],
  ['should compare "a year ago" with the quarter in the same sentence', 'Third-quarter net rose from $85 million a year ago.', '1989-11-02', { text: 'a year ago', value: '1988-35' }],
];

describe('English relative expressions', () => {
  it('should count every comparison of a news report from the period reported, not from the last comparison', () => {
    const text = 'Third-quarter net rose 5% from a year ago. Sales rose from a year earlier, and costs fell from the year-earlier period.';
    expectTimex(text, 'eng', { text: 'a year earlier', value: '1988-35' }, { reference: '1989-10-26', style: 'news' });
    expectTimex(text, 'eng', { text: 'the year-earlier period', value: '1988-35' }, { reference: '1989-10-26', style: 'news' });
  });

  it.each(cases)('%s', (_name, input, expected) => {
    expectTimex(input, 'eng', expected, { reference, style: 'news' });
  });

  it.each(newsCases)('%s', (_name, input, date, expected) => {
    expectTimex(input, 'eng', expected, { reference: date, style: 'news' });
  });
});
