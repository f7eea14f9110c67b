import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../../../../pipeline/dates/extract.js';
import { expectNone, expectNotTagged } from '../../helpers.js';

describe('English: what is not a date', () => {
  it.each([
    ['counts that look like years', '1592 air bombs were dropped and 1003 sorties flown.'],
    ['weights and machine guns', 'With 1014 machine guns and bombs of 1000 kg they advanced.'],
    ['the modal verb may', 'The enemy may attack and it may be late.'],
    ['the verb march', 'The troops march north; they march again.'],
    ['a named march', 'Protesters joined the annual March for Life downtown.'],
    ['ages', 'Elian, the 6-year-old boy, was found.'],
    ['ages written apart', 'Mr. Reupke, 52 years old, resigned.'],
    ['fractions', 'Iraq imports about three-quarters of its food.'],
    ['an order number', 'Order No. 0040 of the People\u2019s Commissar.'],
    ['a discourse connective', 'At the same time, the fighting revealed weak points.'],
    ['a sentence-opening "Now,"', 'Now, he says, it looks different.'],
    ['percentages', 'Losses amounted to 37% of the total and 53% later.'],
    ['the head of an item in a tally of counts', '95 - awarded the Order of Lenin; 1985 - Order of the Red Banner; 4 thousand - the Order of the Red Star.'],
    ['a tally whose count follows the year-like head', 'Awards: 1985 - Order of the Red Banner; 400 - the medal.'],
    ['the verbs fall and spring', 'Prices began to fall apart; they expect it to fall further. Water from the spring was cold.'],
    ['"the day" alone', 'The day was long and the hour late.'],
    ['the title of a programme', 'Baker said on ABC\'s "This Week" that talks failed, and on CBS\'s "60 Minutes" too.'],
  ])('should find nothing in %s', (_name, input) => {
    expectNone(input, 'eng');
  });

  it('should not read a lower-case "may" as a month even next to a number', () => {
    expectNotTagged('The division may 12 times refuse.', 'eng', ['may']);
  });

  it('should keep a named day or a century whose name is capitalised', () => {
    expect(extractTimexes('They met on Thanksgiving Day in 1999.', 'eng').map((timex) => timex.text)).toEqual(['Thanksgiving Day in 1999']);
    expect(extractTimexes('Wars of the 20th Century shaped it.', 'eng').map((timex) => timex.value)).toEqual(['19XX']);
  });

  it('should keep years that head the items of a chronology', () => {
    const found = extractTimexes('Events: 1938 - Lake Khasan; 1939 - Khalkhin Gol; 1941 - the war.', 'eng').map((timex) => timex.value);
    expect(found).toEqual(['1938', '1939', '1941']);
  });

  it('should read a capitalised May next to a cue', () => {
    expectNotTagged('In May the troops rested.', 'eng', []);
  });
});
