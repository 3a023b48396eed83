/** The tour the app builds from the committed data, for the deck's browser tests. */
import { buildTour } from '../../src/domain/tour';
import { loadModel } from './model';

export const MODEL = loadModel();
export const TOUR = buildTour(MODEL);
export const N = TOUR.length;

/** The id of step i (0-based), e.g. `district-pudong`. */
export function stepId(i: number): string {
  const s = TOUR[i];
  if (!s) throw new Error(`the tour has no step ${i + 1}`);
  return s.id;
}
