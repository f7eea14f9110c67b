import { describe, it } from 'vitest';
import { expectNone, expectNotTagged } from '../../helpers.js';

describe('Tagalog: what is not a date', () => {
  it.each([
    ['"may" (there is)', 'May interes pa rin ang mga istoryador. Mayroon kaming maraming kaso.'],
    ['"may" before a number', 'May 12 sundalo sa harap at may 30 tangke.'],
    ['"Gayunpaman" (however)', 'Gayunpaman, ang interes sa armadong hidwaan ay nananatili.'],
    ['counts that look like years', '1219 sasakyang panghimpapawid, 3224 ng Red Banner, 1102 ng Red Star.'],
    ['"sa parehong oras" (at the same time)', 'Sa parehong oras, ang mga yunit ay lumipat.'],
    ['"Hapon" (Japan, also afternoon)', 'Ang mga tropang Hapon ay natalo sa Hapon.'],
    ['"mga taong ito" (these people)', 'Ang lahat ng mga taong ito ay nagpakita ng kabayanihan.'],
    ['"sa taong ito" inside a clause (to this person)', 'Ibinigay ko sa taong ito ang libro.'],
    ['"ng taong iyon" inside a clause (of those people)', 'Umalis ang lahat ng taong iyon sa bayan.'],
  ])('should find nothing in %s', (_name, input) => {
    expectNone(input, 'tgl');
  });

  it('should read "Mayo" and never "may" as May', () => {
    expectNotTagged('May labanan noong Mayo 28.', 'tgl', ['May ']);
  });
});
