/** Filter-dependent numbers the panels share, memoised on the filter. */
import { useMemo } from 'react';
import { countByDistrict, countByLayer, recordMatches, type DistrictCounts } from '../domain/join';
import type { DistrictSlug, InitiativeRecord, LayerId } from '../domain/schema';
import { useAtlasShallow, useModel } from './context';

export interface FilteredView {
  byDistrict: Record<DistrictSlug, DistrictCounts>;
  byLayer: Record<LayerId, number>;
  matches: (r: InitiativeRecord) => boolean;
}

export function useFiltered(): FilteredView {
  const model = useModel();
  const { layers, industries } = useAtlasShallow((s) => ({ layers: s.layers, industries: s.industries }));
  return useMemo(() => {
    const filter = { layers, industries };
    return {
      byDistrict: countByDistrict(model, filter),
      byLayer: countByLayer(model, industries),
      matches: (r: InitiativeRecord) => recordMatches(r, filter),
    };
  }, [model, layers, industries]);
}
