/** What the map shows for a tour step: pure, so the tour's framing is tested in node. */
import { assertNever } from '../domain/exhaustive';
import { stepFilter, type TourStep } from '../domain/tour';
import type { ViewState } from '../store/view-state';

export type StepView = Pick<
  ViewState,
  'mapView' | 'region' | 'district' | 'record' | 'layers' | 'industries' | 'camera'
>;

export function viewForStep(step: TourStep): StepView {
  // The filter the step's counts use (stepFilter), so the map shows what the caption counts.
  const filter = stepFilter(step);
  const base: StepView = {
    mapView: 'city',
    region: null,
    district: null,
    record: null,
    layers: [...filter.layers],
    industries: [...filter.industries],
    camera: null,
  };
  const focus = step.focus;
  switch (focus.type) {
    case 'city':
    case 'matrix':
      return base;
    case 'beyond':
      // Regional cooperation is shown on the map of China; international items have no place on it.
      return focus.scope === 'region' ? { ...base, mapView: 'region' } : base;
    case 'layer':
      return base;
    case 'district':
      return { ...base, district: focus.district };
    default:
      return assertNever(focus, 'deck step kind');
  }
}

/** Keeps a step number inside the tour. */
export function clampStep(step: number, length: number): number {
  if (!Number.isFinite(step) || length === 0) return 0;
  return Math.min(Math.max(0, Math.trunc(step)), length - 1);
}
