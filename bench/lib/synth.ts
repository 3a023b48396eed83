/**
 * Synthetic records datasets of any size, valid under src/domain/schema.ts and
 * src/domain/validate.ts. Every record is a clone of a real record's text (name,
 * summary, kind, quote and figures, so quotes stay passages of the source and figures
 * stay in their quotes) with a new id, a random layer and random industries from the
 * real vocabulary. District records get one district and a `site` point drawn uniformly
 * inside that district's polygon (rejection sampling in its bounding box): an `approximate`
 * point must stand for a place its quote names (src/domain/checks/places.ts), which a
 * random point does not.
 * The real mix of scopes and of industries per record is kept. So that the data passes
 * the cross-file checks, the first records give every district at least two records
 * carrying its profile's key industries, and every vocabulary industry is used.
 * Deterministic: the same size gives the same file.
 */
import { readFileSync } from 'node:fs';
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { DATA_FILES } from '../../src/domain/atlas-data';
import {
  LAYER_IDS,
  type DistrictFeature,
  type DistrictProfile,
  type DistrictSlug,
  type Industry,
  type InitiativeRecord,
} from '../../src/domain/schema';

/** A data file of the repository, by its path in DATA_FILES (so a renamed or moved file is followed). */
const readJson = <T>(file: string): T =>
  JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as T;

/** mulberry32: a small, seedable PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SynthInputs {
  records: InitiativeRecord[];
  districts: DistrictFeature[];
  profiles: DistrictProfile[];
  industries: Industry[];
}

export function realInputs(): SynthInputs {
  return {
    records: readJson<InitiativeRecord[]>(DATA_FILES.records),
    districts: readJson<{ features: DistrictFeature[] }>(DATA_FILES.districts).features,
    profiles: readJson<DistrictProfile[]>(DATA_FILES.profiles),
    industries: readJson<Industry[]>(DATA_FILES.industries),
  };
}

/** `size` records, as the array the app's records.json holds. */
export function synthRecords(
  size: number,
  inputs: SynthInputs = realInputs(),
  seed = 20160000 + size,
): InitiativeRecord[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => {
    const x = xs[Math.floor(rand() * xs.length)];
    if (x === undefined) throw new Error('pick from an empty list');
    return x;
  };
  const local = inputs.records.filter((r) => r.scope === 'district');
  const beyond = inputs.records.filter((r) => r.scope !== 'district');
  const districtShare = local.length / inputs.records.length;
  const industryCounts = inputs.records.map((r) => r.industries.length);
  const vocabulary = inputs.industries.map((i) => i.id);
  const geometry = new Map(inputs.districts.map((f) => [f.properties.slug, f.geometry]));
  const boxes = new Map(inputs.districts.map((f) => [f.properties.slug, bbox(f.geometry)]));

  const pointIn = (slug: DistrictSlug): { lng: number; lat: number } => {
    const g = geometry.get(slug);
    const box = boxes.get(slug);
    if (!g || !box) throw new Error(`no geometry for ${slug}`);
    const [w, s, e, n] = box;
    for (let i = 0; i < 10_000; i++) {
      const lng = Math.round((w + rand() * (e - w)) * 1e6) / 1e6;
      const lat = Math.round((s + rand() * (n - s)) * 1e6) / 1e6;
      if (booleanPointInPolygon([lng, lat], g)) return { lng, lat };
    }
    throw new Error(`no point found inside ${slug}`);
  };
  const randomIndustries = (): string[] => {
    const k = pick(industryCounts);
    const set = new Set<string>();
    while (set.size < k) set.add(pick(vocabulary));
    return [...set];
  };
  const clone = (template: InitiativeRecord, i: number, industries: string[]): InitiativeRecord => ({
    id: `syn-${i}`,
    scope: template.scope,
    districts: [],
    regions: template.regions,
    kind: template.kind,
    layer: pick(LAYER_IDS),
    name: { zh: `${template.name.zh}（${i}）`, en: `${template.name.en} (${i})` },
    summary: template.summary,
    industries,
    figures: template.figures,
    quote: template.quote,
  });
  const inDistrict = (i: number, slug: DistrictSlug, industries: string[]): InitiativeRecord => ({
    ...clone(pick(local), i, industries),
    scope: 'district',
    regions: [],
    districts: [slug],
    location: { precision: 'site', ...pointIn(slug) },
  });

  const out: InitiativeRecord[] = [];
  // Coverage first: every district gets >= 2 records, together carrying its key industries.
  for (const p of inputs.profiles) {
    const key = p.industries;
    const n = Math.max(2, Math.ceil(key.length / 2));
    for (let j = 0; j < n; j++) out.push(inDistrict(out.length, p.district, key.slice(j * 2, j * 2 + 2)));
  }
  // Every vocabulary industry used at least once.
  const used = new Set(out.flatMap((r) => r.industries));
  for (const id of vocabulary)
    if (!used.has(id)) out.push(inDistrict(out.length, pick(inputs.profiles).district, [id]));
  if (out.length > size) throw new Error(`size ${size} is below the ${out.length} records coverage needs`);

  const slugs = inputs.profiles.map((p) => p.district);
  while (out.length < size) {
    const i = out.length;
    if (rand() < districtShare) out.push(inDistrict(i, pick(slugs), randomIndustries()));
    else out.push(clone(pick(beyond), i, randomIndustries()));
  }
  return out;
}
