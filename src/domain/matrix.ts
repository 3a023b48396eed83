/**
 * The district × industry matrix: how many records of each district carry each
 * industry tag, on the visible layers. Rows and columns are sorted by their totals
 * so the busiest corner reads first.
 */
import { countByDistrict, type AtlasModel } from './join';
import type { DistrictSlug, LayerId } from './schema';

export interface IndustryMatrix {
  districts: DistrictSlug[];
  industries: string[];
  /** cells[district][industry] */
  cells: Record<DistrictSlug, Record<string, number>>;
  rowTotals: Record<DistrictSlug, number>;
  columnTotals: Record<string, number>;
  max: number;
}

export function buildIndustryMatrix(model: AtlasModel, layers: readonly LayerId[]): IndustryMatrix {
  const counts = countByDistrict(model, { layers, industries: [] });
  const cells = {} as Record<DistrictSlug, Record<string, number>>;
  const rowTotals = {} as Record<DistrictSlug, number>;
  const columnTotals: Record<string, number> = Object.fromEntries(model.industries.map((i) => [i.id, 0]));
  let max = 0;
  for (const d of model.districts) {
    const row = counts[d.slug].byIndustry;
    cells[d.slug] = row;
    rowTotals[d.slug] = Object.values(row).reduce((a, b) => a + b, 0);
    for (const [id, n] of Object.entries(row)) {
      columnTotals[id] = (columnTotals[id] ?? 0) + n;
      max = Math.max(max, n);
    }
  }
  const districts = model.districts
    .slice()
    .sort((a, b) => rowTotals[b.slug] - rowTotals[a.slug] || a.adcode - b.adcode)
    .map((d) => d.slug);
  const order = new Map(model.industries.map((i, k) => [i.id, k]));
  const industries = model.industries
    .map((i) => i.id)
    .sort((a, b) => (columnTotals[b] ?? 0) - (columnTotals[a] ?? 0) || (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return { districts, industries, cells, rowTotals, columnTotals, max };
}
