/**
 * How the regional links are painted: width by number of records, and the opacity rule
 * (a selected place's link stands out, the others step back). The rule is written once,
 * as a case, and read both as a number (SVG) and as a MapLibre expression (style.ts).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { AtlasModel } from '../../domain/model';
import type { ThemeName } from '../../vocabulary';
import { THEMES } from '../palette';
import { sizeAt, SYMBOLOGY } from '../symbology';
import type { LinkPaint } from './types';

/** The opacity rule as one case: a link to `match` gets `hit`, every other `miss`. */
export function linkOpacityCase(selected: string | null): { match: string; hit: number; miss: number } {
  const o = SYMBOLOGY.link.opacity;
  // No place id is empty: with nothing selected, every link takes `miss`.
  return { match: selected ?? '', hit: o.selected, miss: selected ? o.other : o.idle };
}

/** A link's opacity when `selected` is the selected place. */
export function linkOpacityOf(region: string, selected: string | null): number {
  const c = linkOpacityCase(selected);
  return region === c.match ? c.hit : c.miss;
}

/** The same rule as a MapLibre expression over a link feature's `region`. */
export function linkOpacityExpr(selected: string | null): ExpressionSpecification {
  const c = linkOpacityCase(selected);
  return ['case', ['==', ['get', 'region'], c.match], c.hit, c.miss];
}

/** Every regional link as drawn in the regional view. */
export function linkPaints(model: AtlasModel, theme: ThemeName, selected: string | null, k: number): LinkPaint[] {
  const t = THEMES[theme];
  return model.regionLinks.map((l) => {
    const n = l.recordIds.length;
    return {
      region: l.region.id,
      line: { colour: t.link, width: sizeAt('linkWidth', n, k), opacity: linkOpacityOf(l.region.id, selected) },
      end: {
        r: sizeAt('linkEndRadius', n, k),
        fill: t.link,
        stroke: { colour: t.labelHalo, width: sizeAt('linkEndStroke', n, k) },
      },
    };
  });
}
