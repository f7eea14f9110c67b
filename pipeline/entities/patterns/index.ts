/**
 * The patterns every rule recogniser runs, in order. Order does not decide conflicts
 * (overlap resolution does: longer first, then score), but the gazetteer runs first so
 * the later patterns can be read against it when debugging.
 */
import { body, namedUnit } from './body.js';
import { namedDocument, numberedDocument, quotedDocument } from './document.js';
import { equipment } from './equipment.js';
import { namedEvent } from './event.js';
import { firm } from './firm.js';
import type { Pattern } from './found.js';
import { gazetteerMatch } from './gazetteer-match.js';
import { nationality } from './nationality.js';
import { person } from './person.js';
import { terrain } from './place.js';
import { bracketedOrdinals, ordinalUnit } from './unit.js';

/** Every pattern of the rule recognisers. */
export const patterns: readonly Pattern[] = [
  gazetteerMatch,
  person,
  ordinalUnit,
  bracketedOrdinals,
  namedUnit,
  terrain,
  body,
  firm,
  namedEvent,
  numberedDocument,
  namedDocument,
  quotedDocument,
  nationality,
  equipment,
];
