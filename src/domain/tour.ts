/**
 * The guided tour for presentations, generated from the data rather than written as
 * slides: the city overview, each layer, the district × industry matrix, each district (the core zone first, then
 * the places the report names among its innovation clusters, then by how much the report says of them), then
 * regional and international cooperation. Each
 * step names what it is about and which records and quote back its caption.
 */
import { assertNever } from './exhaustive';
import { countByDistrict, countByLayer, type DistrictCounts, type LayerCount } from './join';
import type { AtlasModel, RecordFilter, RecordEntry } from './model';
import { LAYER_IDS } from '../vocabulary';
import type { DistrictProfile, DistrictSlug, LayerId, Scope } from './schema';

export type TourFocus =
  | { type: 'city' }
  | { type: 'layer'; layer: LayerId }
  | { type: 'matrix' }
  | { type: 'district'; district: DistrictSlug }
  | { type: 'beyond'; scope: 'region' | 'international' };

/**
 * The kinds of step. Every place that treats kinds differently switches over them with
 * assertNever (domain/exhaustive.ts) as its default, so a new kind fails the type check
 * in each place until it is handled: here (buildTour, stepFilter, stepCounts), the step's
 * view (presentation/step-view.ts), its card (map/deck-layout.ts deckCardFor), its title
 * (ui/presentation/step-title.ts) and its caption (ui/presentation/Caption.tsx captionParts).
 */
export type StepKind = TourFocus['type'];

export interface TourStep {
  /** Stable id, e.g. `district-pudong`; used in notes and tests. */
  id: string;
  focus: TourFocus;
  /** Records the caption and speaker notes draw on, most telling first (those with figures lead). */
  recordIds: string[];
  /** The source phrase shown on the caption card. */
  quote: string;
}

/** The report's sentence on the districts' leading industries, behind the matrix step. */
export const INDUSTRIES_QUOTE =
  '各区以先进制造业和战略性新兴产业为主导，集聚发展装备制造、电子信息、软件和信息服务、民用航空、新材料、汽车、生物医药等主导产业';

/** How many records a caption lists; the speaker notes get them all. */
export const CAPTION_RECORDS = 4;

/**
 * Records in telling order: those with figures first, each part in data order. Filled in
 * one pass over the records for all the steps at once: start-up builds the tour, and with
 * 100,000 records a pass per step took 138–166 ms of start-up's one task.
 */
class Telling {
  private readonly figures: RecordEntry[] = [];
  private readonly rest: RecordEntry[] = [];
  add(r: RecordEntry): void {
    (r.figures.length > 0 ? this.figures : this.rest).push(r);
  }
  records(): RecordEntry[] {
    return this.figures.concat(this.rest);
  }
}

function telling(records: readonly RecordEntry[]): RecordEntry[] {
  const t = new Telling();
  for (const r of records) t.add(r);
  return t.records();
}

/** Tour order of a district: the core zone, then the places named among the report's innovation clusters, then the rest. */
function standing(p: DistrictProfile): number {
  return p.core ? 2 : p.cluster ? 1 : 0;
}

/** The whole tour, in presentation order. */
export function buildTour(model: AtlasModel): TourStep[] {
  const steps: TourStep[] = [];
  const zone = model.records.find((r) => r.kind === 'figure' && r.scope === 'city' && r.figures.length > 0);
  const city = new Telling();
  const beyond = { region: new Telling(), international: new Telling() };
  const byLayer = new Map<LayerId, { drawn: Telling; other: Telling }>(
    LAYER_IDS.map((l) => [l, { drawn: new Telling(), other: new Telling() }]),
  );
  for (const r of model.records) {
    if (r.scope === 'city') city.add(r);
    else if (r.scope !== 'district') beyond[r.scope].add(r);
    const mine = byLayer.get(r.layer);
    if (mine) (r.scope === 'district' ? mine.drawn : mine.other).add(r);
  }
  const cityRecords = city.records();
  steps.push({
    id: 'city',
    focus: { type: 'city' },
    recordIds: cityRecords.map((r) => r.id),
    quote: (zone ?? cityRecords[0])?.quote ?? '',
  });

  for (const [layer, { drawn, other }] of byLayer) {
    // Every record of the layer, as the layers panel counts them: those the map draws first.
    const records = [...drawn.records(), ...other.records()];
    const first = records[0];
    if (!first) continue;
    steps.push({
      id: `layer-${layer}`,
      focus: { type: 'layer', layer },
      recordIds: records.map((r) => r.id),
      quote: first.quote,
    });
  }

  // Which industries lead where: the district × industry matrix, on the report's own list of leading industries.
  steps.push({
    id: 'matrix',
    focus: { type: 'matrix' },
    recordIds: [],
    quote: INDUSTRIES_QUOTE,
  });

  const districts = model.districts
    .slice()
    .sort(
      (a, b) =>
        standing(b.profile) - standing(a.profile) || b.recordIds.length - a.recordIds.length || a.adcode - b.adcode,
    );
  for (const d of districts) {
    const records = telling(d.recordIds.map((id) => model.recordById[id]).filter((r) => r !== undefined));
    steps.push({
      id: `district-${d.slug}`,
      focus: { type: 'district', district: d.slug },
      recordIds: records.map((r) => r.id),
      quote: d.profile.quote,
    });
  }

  for (const scope of ['region', 'international'] as const) {
    const records = beyond[scope].records();
    const first = records[0];
    if (!first) continue;
    steps.push({
      id: scope,
      focus: { type: 'beyond', scope },
      recordIds: records.map((r) => r.id),
      quote: first.quote,
    });
  }
  return steps;
}

/** The records a step's map shows: one layer on a layer step, every layer otherwise, never an industry filter. */
export function stepFilter(step: TourStep): RecordFilter {
  const focus = step.focus;
  switch (focus.type) {
    case 'layer':
      return { layers: [focus.layer], industries: [] };
    case 'city':
    case 'matrix':
    case 'district':
    case 'beyond':
      return { layers: LAYER_IDS, industries: [] };
    default:
      return assertNever(focus, 'deck step kind');
  }
}

/**
 * What a step counts, from the one count of each kind (countByLayer, countByDistrict)
 * under the step's filter: its layer, total and where (layer steps), and the districts.
 */
export interface StepCounts {
  layer: LayerCount | null;
  byDistrict: Record<DistrictSlug, DistrictCounts>;
  /** The step's headline number: its layer's, its district's, its scope's records; null for the matrix. */
  headline: number | null;
}

export function stepCounts(model: AtlasModel, step: TourStep): StepCounts {
  const f = stepFilter(step);
  const byLayer = countByLayer(model, f.industries);
  const byDistrict = countByDistrict(model, f);
  const focus = step.focus;
  const inScope = (scope: Scope) => LAYER_IDS.reduce((n, l) => n + byLayer[l].byScope[scope], 0);
  switch (focus.type) {
    case 'layer':
      return { layer: byLayer[focus.layer], byDistrict, headline: byLayer[focus.layer].total };
    case 'district':
      return { layer: null, byDistrict, headline: byDistrict[focus.district].total };
    case 'beyond':
      return { layer: null, byDistrict, headline: inScope(focus.scope) };
    case 'city':
      return { layer: null, byDistrict, headline: inScope('city') };
    case 'matrix':
      return { layer: null, byDistrict, headline: null };
    default:
      return assertNever(focus, 'deck step kind');
  }
}
