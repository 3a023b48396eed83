/**
 * The counts a filter gives, shared by the map and every panel that shows them. The
 * store hands out the same layer and industry arrays until they change, so the last
 * result per model is kept and returned while they stay the same: one computation per
 * filter change instead of one per reader.
 */
import { countByDistrict, countByLayer, type DistrictCounts, type LayerCount } from './join';
import type { AtlasModel, RecordFilter } from './model';
import type { DistrictSlug, LayerId } from './schema';

export interface FilteredCounts {
  byDistrict: Record<DistrictSlug, DistrictCounts>;
  byLayer: Record<LayerId, LayerCount>;
}

interface Entry {
  layers: readonly LayerId[];
  industries: readonly string[];
  value: FilteredCounts;
}

const last = new WeakMap<AtlasModel, Entry>();

/** countByDistrict and countByLayer for a filter, computed once for the same arrays. */
export function filteredCounts(
  model: AtlasModel,
  layers: readonly LayerId[],
  industries: readonly string[],
): FilteredCounts {
  const hit = last.get(model);
  if (hit && hit.layers === layers && hit.industries === industries) return hit.value;
  const value = {
    byDistrict: countByDistrict(model, { layers, industries }),
    byLayer: countByLayer(model, industries),
  };
  last.set(model, { layers, industries, value });
  return value;
}

/** Records a filter shows, all layers' counts summed (countByLayer): what an export of the filter holds. */
export function countInFilter(model: AtlasModel, f: RecordFilter): number {
  const byLayer = countByLayer(model, f.industries);
  return f.layers.reduce((n, l) => n + byLayer[l].total, 0);
}
