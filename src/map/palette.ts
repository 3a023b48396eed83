/**
 * Colours and symbols of the map, as data. One place decides how the map looks, so
 * the legend, the map style and the tests read the same values.
 */
import type { LayerId, Precision, ThemeName } from '../vocabulary';

/** Map colours that change with the room: light for bright rooms, dark for projectors. */
export interface MapTheme {
  sea: string;
  /** All land outside Shanghai, one colour whatever the province or city. */
  land: string;
  provinceBorder: string;
  cityBorder: string;
  /** Shanghai's land border: strong enough that the city's outline reads even around empty districts. */
  shanghaiBorder: string;
  districtLine: string;
  selectedLine: string;
  hoverLine: string;
  labelText: string;
  labelHalo: string;
  /** Districts with no record in the filter: their own class, apart from the land and the palette. */
  zero: string;
  clusterFill: string;
  clusterText: string;
  clusterStroke: string;
  link: string;
  /** The overlay's name-and-count badges, the selected record's name and Shanghai's label in the regional view. */
  badge: { fill: string; text: string; border: string; countFill: string; countText: string; selected: string };
  callout: { fill: string; text: string };
  origin: { fill: string; text: string };
  /** The South China Sea Islands inset (map/inset/): its frame, the dashed line, its title and scale bar. */
  inset: { frame: string; dash: string; text: string; barFill: string };
}

/** The map's colours by theme (the names are the shared vocabulary's). */
export const THEMES: Record<ThemeName, MapTheme> = {
  light: {
    sea: '#cadbe6',
    land: '#e6e1d8',
    provinceBorder: '#a89f92',
    cityBorder: '#cdc5b8',
    shanghaiBorder: '#4b5563',
    districtLine: '#ffffff',
    selectedLine: '#111827',
    hoverLine: '#374151',
    labelText: '#111827',
    labelHalo: '#ffffff',
    zero: '#fbfaf7',
    clusterFill: '#1f2937',
    clusterText: '#ffffff',
    clusterStroke: '#ffffff',
    link: '#c2410c',
    badge: {
      fill: '#ffffff',
      text: '#111827',
      border: '#9ca3af',
      countFill: '#1f2937',
      countText: '#ffffff',
      selected: '#111827',
    },
    callout: { fill: '#111827', text: '#ffffff' },
    origin: { fill: '#c2410c', text: '#ffffff' },
    inset: { frame: '#4b5563', dash: '#374151', text: '#111827', barFill: '#ffffff' },
  },
  dark: {
    sea: '#0a1420',
    land: '#1e2733',
    provinceBorder: '#4b5768',
    cityBorder: '#2f3a49',
    shanghaiBorder: '#cbd5e1',
    districtLine: '#0a1420',
    selectedLine: '#fde047',
    hoverLine: '#e5e7eb',
    labelText: '#ffffff',
    labelHalo: '#0a1420',
    zero: '#475569',
    clusterFill: '#f8fafc',
    clusterText: '#0a1420',
    clusterStroke: '#0a1420',
    link: '#fbbf24',
    badge: {
      fill: '#0f1b2b',
      text: '#f8fafc',
      border: '#64748b',
      countFill: '#f8fafc',
      countText: '#0a1420',
      selected: '#fde047',
    },
    callout: { fill: '#fde047', text: '#0a1420' },
    origin: { fill: '#fbbf24', text: '#0a1420' },
    inset: { frame: '#94a3b8', dash: '#cbd5e1', text: '#f8fafc', barFill: '#0a1420' },
  },
};

/**
 * ColorBrewer YlGnBu, 5 classes: colour-blind safe, its lightness range survives a
 * washed-out projector, and its light end is green, so it never reads as sea.
 */
export const CHOROPLETH = ['#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'] as const;

export type Shape = 'hexagon' | 'diamond' | 'square' | 'triangle' | 'circle' | 'star';

export interface LayerSymbol {
  shape: Shape;
  colour: string;
}

/** Warm and dark hues, kept clear of the green-blue choropleth beneath them. */
export const LAYER_SYMBOLS: Record<LayerId, LayerSymbol> = {
  clusters: { shape: 'hexagon', colour: '#c2410c' },
  funds: { shape: 'diamond', colour: '#a16207' },
  platforms: { shape: 'square', colour: '#7e22ce' },
  projects: { shape: 'triangle', colour: '#be123c' },
  reforms: { shape: 'circle', colour: '#0f766e' },
  events: { shape: 'star', colour: '#4d7c0f' },
};

/**
 * How precision is drawn: a solid symbol for a known site, a solid symbol with a white
 * core for an approximate place, an outline only for "somewhere in the district".
 */
export const PRECISION_STYLE: Record<Precision, { fill: 'solid' | 'core' | 'none' }> = {
  site: { fill: 'solid' },
  approximate: { fill: 'core' },
  district: { fill: 'none' },
};

/** Icon name for a layer and precision, as registered with the map. */
export function iconName(layer: LayerId, precision: Precision): string {
  return `sym-${layer}-${precision}`;
}

/** Outline of a shape as points on a unit circle (radius 1, centre 0,0), y down. */
export function shapeOutline(shape: Shape): [number, number][] {
  const poly = (n: number, rot: number, radius: (i: number) => number = () => 1): [number, number][] =>
    Array.from({ length: n }, (_, i) => {
      const a = rot + (i * 2 * Math.PI) / n;
      const r = radius(i);
      return [r * Math.cos(a), r * Math.sin(a)];
    });
  switch (shape) {
    case 'circle':
      return poly(48, 0);
    case 'hexagon':
      return poly(6, Math.PI / 6);
    case 'diamond':
      return poly(4, -Math.PI / 2);
    case 'square':
      return poly(4, Math.PI / 4).map(([x, y]) => [x * 0.92, y * 0.92]);
    case 'triangle':
      return poly(3, -Math.PI / 2).map(([x, y]) => [x * 1.1, y * 1.1 + 0.15]);
    case 'star':
      return poly(10, -Math.PI / 2, (i) => (i % 2 === 0 ? 1.1 : 0.5));
  }
}

/** Dark or white text, whichever contrasts more with a #rrggbb background (WCAG relative luminance). */
export function readableOn(background: string): string {
  const channel = (i: number) => {
    const c = parseInt(background.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  // Contrast with white is 1.05/(l+0.05); with #0b1220 (luminance ≈ 0.006) it is (l+0.05)/0.056.
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.056 ? '#ffffff' : '#0b1220';
}

// ---- The drawing model's fixed paints (map/drawing/): colours drawn the same in every theme ----

/** Paints of the overlay and the SVG drawing's scale bar that do not follow the theme. */
export const FIXED_PAINT = {
  /** The pale disc behind the selected record's symbol, so the ring reads on any district colour. */
  ringFill: 'rgba(255,255,255,0.85)',
  /** The SVG drawing's scale bar, drawn as MapLibre's scale control is. */
  scaleBarFill: 'rgba(255,255,255,0.8)',
  scaleBarInk: '#333333',
} as const;
