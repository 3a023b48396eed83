/** The legend's entries: the choropleth's classes, the badge, and once a district is open its symbols and clusters. */
import type { AtlasModel } from '../../domain/model';
import type { DistrictSlug } from '../../domain/schema';
import { LAYER_IDS, PRECISIONS, type ThemeName } from '../../vocabulary';
import { datasetChoropleth } from '../choropleth';
import { THEMES } from '../palette';
import type { LegendEntries } from './types';

/** What the legend shows for the theme and selection. */
export function legendEntries(model: AtlasModel, theme: ThemeName, district: DistrictSlug | null): LegendEntries {
  const t = THEMES[theme];
  const first = LAYER_IDS[0];
  return {
    classes: datasetChoropleth(model, theme).classes,
    badge: { ...t.badge },
    symbols: district && first ? PRECISIONS.map((precision) => ({ layer: first, precision })) : [],
    cluster: district ? { fill: t.clusterFill, text: t.clusterText } : null,
  };
}
