/** What a step's caption card shows besides its title and quote, by kind of step. */
import { assertNever } from '../../domain/exhaustive';
import type { StepKind } from '../../domain/tour';

export interface CaptionParts {
  /** How many of the first record's figures lead the card. */
  figures: number;
  /** Whether the card lists the step's records. */
  records: boolean;
  /** Whether the card names the districts with the most records (a layer's). */
  topDistricts: boolean;
  /** Whether the card carries the districts × industries table. */
  matrix: boolean;
}

export function captionParts(kind: StepKind): CaptionParts {
  switch (kind) {
    // The overview leads with its figures; a layer with its records; others with a little of both.
    case 'city':
      return { figures: 3, records: false, topDistricts: false, matrix: false };
    case 'layer':
      return { figures: 0, records: true, topDistricts: true, matrix: false };
    case 'matrix':
      return { figures: 2, records: true, topDistricts: false, matrix: true };
    case 'district':
    case 'beyond':
      return { figures: 2, records: true, topDistricts: false, matrix: false };
    default:
      return assertNever(kind, 'deck step kind');
  }
}
