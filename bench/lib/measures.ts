/**
 * The figures targets are judged on, each a named reader of the results: which sample,
 * which statistic (the median of the runs, or the worst run where a target bounds every
 * task), in which unit. A new target reads one of these, or a new one made the same way.
 */
import type { PageKind } from './browser';
import type { Stats } from './stats';
import type { GrowthRow, InteractionId, LoadField, Measured, StepField } from './types';

export type Unit = 'ms' | 'KB' | 'MB';

/** One figure read from the results, and how it was obtained ("median of 10 loads"). */
export interface Reading {
  value: number;
  how: string;
}

/** A named figure of the results; `null` when the run did not measure it (a size not run, a failure). */
export interface Measure<R = Measured> {
  id: string;
  label: string;
  unit: Unit;
  read: (r: R) => Reading | null;
}

export type Statistic = 'median' | 'worst' | 'p90';

/** The desk's 1920×1080 window, or the room's 3840×2160 panel (`Measured.large`). */
export type Screen = 'desk' | 'large';
const onScreen = (screen: Screen) => (screen === 'large' ? ' at 3840×2160' : '');

/** The median or the worst (largest) of a sample of `what`s ("load", "click"…). */
function statistic(s: Stats, which: Statistic, what: string): Reading | null {
  const value = which === 'median' ? s.median : which === 'p90' ? s.p90 : s.max;
  if (value === null) return null;
  const runs = `${s.n} ${what}${s.n === 1 ? '' : 's'}`;
  return { value, how: `${which === 'median' ? 'median' : which === 'p90' ? '90th percentile' : 'worst'} of ${runs}` };
}

const unitOf = (field: string): Unit => (field.endsWith('MB') ? 'MB' : 'ms');
const size = (n: number) => n.toLocaleString('en-US');
const row = (r: Measured, n: number): GrowthRow | undefined => r.growth.find((g) => g.size === n);

/** A load figure of one page (real data), e.g. the app's first idle. */
export function pageLoad(
  page: PageKind,
  field: LoadField,
  label: string,
  which: Statistic = 'median',
  screen: Screen = 'desk',
): Measure {
  return {
    id: `load.${page}.${field}.${which}${screen === 'large' ? '.4k' : ''}`,
    label: label + onScreen(screen),
    unit: unitOf(field),
    read: (r) => {
      const load = screen === 'large' ? r.large?.load[page] : r.load[page];
      return load && load.stats[field].n > 0 ? statistic(load.stats[field], which, 'load') : null;
    },
  };
}

/** An interaction figure on the real data, e.g. district list click → panel painted. */
export function interaction(
  id: InteractionId,
  field: StepField,
  label: string,
  which: Statistic = 'median',
  screen: Screen = 'desk',
): Measure {
  return {
    id: `interaction.${id}.${field}.${which}${screen === 'large' ? '.4k' : ''}`,
    label: label + onScreen(screen),
    unit: 'ms',
    read: (r) => {
      const i = (screen === 'large' ? r.large?.interactions : r.interactions)?.find((x) => x.id === id);
      return i ? statistic(i.stats[field], which, 'click') : null;
    },
  };
}

/** A load figure of the app on `records` synthetic records. */
export function growthLoad(records: number, field: LoadField, label: string, which: Statistic = 'median'): Measure {
  return {
    id: `growth.${records}.load.${field}.${which}`,
    label: `${label} at ${size(records)} records`,
    unit: unitOf(field),
    read: (r) => {
      const g = row(r, records);
      return g ? statistic(g.load[field], which, 'load') : null;
    },
  };
}

/** A filter-change figure of the app on `records` synthetic records. */
export function growthFilter(records: number, field: StepField, label: string, which: Statistic = 'median'): Measure {
  return {
    id: `growth.${records}.filter.${field}.${which}`,
    label: `${label} at ${size(records)} records`,
    unit: 'ms',
    read: (r) => {
      const g = row(r, records);
      return g ? statistic(g.filter[field], which, 'filter change') : null;
    },
  };
}

/** The longest main-thread task over the app's whole life (load, filter changes, in between) at `records`. */
export function growthSessionTask(records: number): Measure {
  return {
    id: `growth.${records}.session.longestTask.worst`,
    label: `longest main-thread task, whole page life, at ${size(records)} records`,
    unit: 'ms',
    read: (r) => {
      const g = row(r, records);
      return g ? statistic(g.session, 'worst', 'load') : null;
    },
  };
}

/** JS a first visit loads, the app's beyond the floor's, gzip -9 (the app's data is JSON beside it). */
export const jsBeyondFloor: Measure = {
  id: 'bytes.js-data-beyond-floor',
  label: 'JS and preloaded data beyond the floor, gzip',
  unit: 'KB',
  // What a first visit downloads before the map can start (issue 19: "JS + preloaded data"): index.html's
  // scripts and modulepreloads, and the data it preloads, on both sides (each page's MapLibre worker, the same
  // file, is fetched by MapLibre itself and left out of both). The floor's districts are in its JS; the app's
  // prepared model is a JSON file index.html preloads (`entryData`). Chunks only another view loads (the
  // regional view's China outline, the deck, the exports, print) are not part of the start; `bytes.app.js` in
  // the bytes table still counts every file.
  read: (r) => ({
    value:
      (r.bytes.app.entryJs.gzip +
        r.bytes.app.entryData.gzip -
        r.bytes.floor.entryJs.gzip -
        r.bytes.floor.entryData.gzip) /
      1024,
    how: "JS index.html loads (scripts and modulepreloads) and the data it preloads, gzip -9, 1 KB = 1024 B; lazy chunks are another view's",
  }),
};
