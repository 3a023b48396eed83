/**
 * The drawing model (map/drawing/): what every painter paints. Above all, that each record
 * on the ground is drawn once — by the overlay or by the map, never by neither — however
 * many records the selected district has (the overlay draws them only while they are few).
 */
import { describe, expect, it } from 'vitest';
import { countByDistrict, joinAtlas } from '../../src/domain/join';
import type { AtlasModel } from '../../src/domain/model';
import { LAYER_IDS } from '../../src/domain/schema';
import { drawingOf, linkOpacityOf, type DrawingState } from '../../src/map/drawing';
import { layoutOverlay } from '../../src/map/overlay/layout';
import { GROUND_MIN_ZOOM } from '../../src/map/overlay/thresholds';
import type { OverlayCamera } from '../../src/map/overlay/types';
import { THEMES } from '../../src/map/palette';
import { MAX_OVERLAY_GROUND } from '../../src/map/placed-index';
import { SYMBOLOGY } from '../../src/map/symbology';
import { measure } from './fixtures/measure';
import { miniAtlas, record, SQUARES } from './fixtures/mini-atlas';
import { loadRealModel } from './fixtures/real-data';

/** The mini atlas with `n` records placed on sites inside Huangpu's square. */
function crowdedHuangpu(n: number): AtlasModel {
  const data = miniAtlas();
  const [west, south, size] = SQUARES.huangpu;
  for (let i = 0; i < n; i++)
    data.records.push(
      record(`g${i}`, {
        location: {
          precision: 'site',
          lng: west + size * (0.05 + 0.9 * ((i % 10) / 10)),
          lat: south + size * (0.05 + 0.09 * Math.floor(i / 10)),
        },
      }),
    );
  return joinAtlas(data);
}

/** A 1600×900 map over Huangpu's square, zoomed in far enough for records on the ground. */
const camera: OverlayCamera = {
  project: (lng, lat) => ({ x: 400 + (lng - 121.0) * 8000, y: 50 + (31.1 - lat) * 8000 }),
  zoom: GROUND_MIN_ZOOM + 1,
  bounds: [120.95, 30.99, 121.15, 31.11],
  width: 1600,
  height: 900,
  viewport: { width: 1920, height: 1080 },
};

const ALL = { layers: LAYER_IDS, industries: [] as string[] };

function state(fields: Partial<DrawingState> = {}): DrawingState {
  return {
    mapView: 'city',
    district: 'huangpu',
    record: null,
    region: null,
    presenting: false,
    theme: 'light',
    ...ALL,
    ...fields,
  };
}

/** Where each of Huangpu's records on the ground is drawn: by the overlay, by the map, or both. */
function drawnBy(model: AtlasModel, s: DrawingState) {
  const layout = layoutOverlay(
    {
      model,
      view: { ...s, lang: 'en' },
      filter: ALL,
      counts: countByDistrict(model, ALL),
      originName: 'Shanghai',
    },
    camera,
    [],
    measure,
  );
  const drawing = drawingOf(model, s, { k: layout.k, zoom: camera.zoom }, layout);
  const own = model.placed.filter((p) => p.district === 'huangpu' && p.precision !== 'district').map((p) => p.id);
  // Only records on the ground: those placed "somewhere in the district" are fanned around its badge.
  const overlay = new Set(layout.symbols.map((x) => x.recordId).filter((id) => own.includes(id)));
  const map = new Set(drawing.ground.map((p) => p.id));
  return { own, overlay, map, drawing };
}

describe('the records on the ground', () => {
  it.each([MAX_OVERLAY_GROUND, MAX_OVERLAY_GROUND + 1, 3 * MAX_OVERLAY_GROUND])(
    'are each drawn exactly once, by the overlay or the map, with %i more placed in the selected district',
    (n) => {
      const model = crowdedHuangpu(n);
      const { own, overlay, map } = drawnBy(model, state());
      expect(own.length).toBeGreaterThanOrEqual(n);
      for (const id of own) expect(Number(overlay.has(id)) + Number(map.has(id)), id).toBe(1);
    },
  );

  it("are drawn by the overlay while few, and by the map above the overlay's limit", () => {
    const few = drawnBy(crowdedHuangpu(10), state());
    expect(few.drawing.overlayGround).toBe('huangpu');
    expect(few.overlay.size).toBeGreaterThan(0);
    const many = drawnBy(crowdedHuangpu(MAX_OVERLAY_GROUND + 1), state());
    expect(many.drawing.overlayGround).toBeNull();
    expect(many.overlay.size).toBe(0);
    expect(many.map.size).toBeGreaterThan(MAX_OVERLAY_GROUND);
  });

  it('are not drawn on the ground in the deck, whose card lists them', () => {
    const { drawing, overlay } = drawnBy(crowdedHuangpu(10), state({ presenting: true }));
    expect(drawing.ground).toEqual([]);
    expect(drawing.overlayGround).toBeNull();
    expect(overlay.size).toBe(0);
  });
});

describe('the drawing model', () => {
  const model = loadRealModel();

  it('dims every district but the selected one, towards the land, and never makes land translucent', () => {
    const d = drawingOf(model, state({ district: 'minhang', theme: 'dark' }), { k: 1, zoom: 10 });
    const fills = d.districts;
    expect(fills.filter((f) => !f.dimmed).map((f) => f.slug)).toEqual(['minhang']);
    expect(fills.every((f) => f.opacity === 1)).toBe(true);
    const undimmed = drawingOf(model, state({ district: null, theme: 'dark' }), { k: 1, zoom: 10 }).districts;
    for (const f of fills.filter((x) => x.dimmed))
      expect(f.colour).not.toBe(undimmed.find((u) => u.slug === f.slug)?.colour);
    expect(d.accents).toEqual([
      {
        slug: 'minhang',
        kind: 'selected',
        stroke: { colour: THEMES.dark.selectedLine, width: SYMBOLOGY.district.selectedWidth },
      },
    ]);
  });

  it("draws links only in the regional view, the selected place's opaque and the others faded", () => {
    expect(drawingOf(model, state(), { k: 1, zoom: 10 }).links).toEqual([]);
    const first = model.regionLinks[0]?.region.id ?? '';
    const links = drawingOf(model, state({ mapView: 'region', district: null, region: first }), {
      k: 2,
      zoom: 5,
    }).links;
    expect(links).toHaveLength(model.regionLinks.length);
    expect(links.find((l) => l.region === first)?.line.opacity).toBe(SYMBOLOGY.link.opacity.selected);
    expect(links.filter((l) => l.region !== first).every((l) => l.line.opacity === SYMBOLOGY.link.opacity.other)).toBe(
      true,
    );
    expect(linkOpacityOf(first, null)).toBe(SYMBOLOGY.link.opacity.idle);
  });

  it('gives the legend symbols and clusters only once a district is open', () => {
    expect(drawingOf(model, state({ district: null }), { k: 1, zoom: 10 }).legend.symbols).toEqual([]);
    const open = drawingOf(model, state(), { k: 1, zoom: 10 }).legend;
    expect(open.symbols.map((s) => s.precision)).toEqual(['site', 'approximate', 'district']);
    expect(open.cluster).toEqual({ fill: THEMES.light.clusterFill, text: THEMES.light.clusterText });
  });
});
