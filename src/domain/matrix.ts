/**
 * The district × industry matrix: how many records of each district carry each
 * industry tag, on the visible layers. Rows are the districts by their records, as the
 * district list sorts them (the same countByDistrict total); columns by their totals.
 * A view that shows fewer rows takes them from the top and says how many it shows.
 */
import { countByDistrict } from './join';
import type { AtlasModel } from './model';
import type { DistrictSlug, LayerId } from './schema';

export interface IndustryMatrix {
  /** Most records first, ties in administrative-code order. */
  districts: DistrictSlug[];
  industries: string[];
  /** cells[district][industry] */
  cells: Record<DistrictSlug, Record<string, number>>;
  /** The district's records on the visible layers (countByDistrict's total): what the district list shows. */
  rowTotals: Record<DistrictSlug, number>;
  /** Tags per industry over the districts (a record in two districts counts in both). */
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
    rowTotals[d.slug] = counts[d.slug].total;
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

/** The part of a matrix a view shows, and how much of the whole that is. */
export interface MatrixShown {
  districts: DistrictSlug[];
  industries: string[];
  /** True when rows or columns are left out: the view must say so. */
  subset: boolean;
  of: { districts: number; industries: number };
}

/**
 * The first `rows` districts (all when undefined). A subset keeps only the industries
 * with a record in its rows, so no column is empty only because its districts are cut.
 */
export function shownPart(m: IndustryMatrix, rows?: number): MatrixShown {
  const of = { districts: m.districts.length, industries: m.industries.length };
  if (rows === undefined || rows >= m.districts.length)
    return { districts: m.districts, industries: m.industries, subset: false, of };
  const districts = m.districts.slice(0, Math.max(0, rows));
  const industries = m.industries.filter((id) => districts.some((d) => (m.cells[d][id] ?? 0) > 0));
  return { districts, industries, subset: true, of };
}
