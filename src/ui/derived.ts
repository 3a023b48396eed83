/** Filter-dependent numbers the panels share, memoised on the filter. */
import type { RecordEntry } from '../domain/model';
import { useMemo } from 'react';
import { filteredCounts } from '../domain/filtered';
import { recordMatches, type DistrictCounts, type LayerCount } from '../domain/join';
import type { DistrictSlug, LayerId } from '../domain/schema';
import { useAtlasShallow, useModel } from './context';

export interface FilteredView {
  byDistrict: Record<DistrictSlug, DistrictCounts>;
  byLayer: Record<LayerId, LayerCount>;
  matches: (r: RecordEntry) => boolean;
}

export function useFiltered(): FilteredView {
  const model = useModel();
  const { layers, industries } = useAtlasShallow((s) => ({ layers: s.layers, industries: s.industries }));
  return useMemo(() => {
    const filter = { layers, industries };
    return {
      ...filteredCounts(model, layers, industries),
      matches: (r: RecordEntry) => recordMatches(r, filter),
    };
  }, [model, layers, industries]);
}
