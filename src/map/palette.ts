/**
 * Colours and symbols of the map, as data. One place decides how the map looks, so
 * the legend, the map style and the tests read the same values. Every other colour of
 * the app is here too (UI_THEMES, at the end): no colour is written anywhere else in src/
 * (tests/unit/colour-literals.test.ts).
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
  /** The no-WebGL drawing's scale bar, drawn like MapLibre's (light in both rooms, as MapLibre's is). */
  scaleBar: { fill: string; text: string };
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
    scaleBar: { fill: 'rgba(255, 255, 255, 0.8)', text: '#333333' },
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
    scaleBar: { fill: 'rgba(255, 255, 255, 0.8)', text: '#333333' },
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

/** WCAG relative luminance of a #rrggbb colour: 0 black … 1 white. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours, 1 … 21, in either order. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Dark or white text, whichever contrasts more with a #rrggbb background (WCAG relative luminance). */
export function readableOn(background: string): string {
  const l = luminance(background);
  // Contrast with white is 1.05/(l+0.05); with #0b1220 (luminance ≈ 0.006) it is (l+0.05)/0.056.
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.056 ? '#ffffff' : '#0b1220';
}

// ---- The drawing model's fixed paints (map/drawing/): colours drawn the same in every theme ----

/** Paints of the overlay that do not follow the theme (the SVG drawing's scale bar is THEMES' `scaleBar`). */
export const FIXED_PAINT = {
  /** The pale disc behind the selected record's symbol, so the ring reads on any district colour. */
  ringFill: 'rgba(255,255,255,0.85)',
} as const;

/** The white a record symbol is cut out of: its halo, the fill of an outline-only symbol and the core of an approximate one. */
export const SYMBOL_GROUND = '#ffffff';

// ───────────── The interface's colours ─────────────
// The page around the map (header, columns, cards, the deck, dialogs, print) and the PNG
// export's frame. The CSS never writes a colour: it reads custom properties generated from
// UI_THEMES and THEMES at build time (tools/vite-palette.ts), light on :root, dark on
// .app.theme-dark. A key becomes its kebab-case name under its group: `inkSoft` is
// `--ink-soft`, `deck.cardFill` is `--deck-card-fill`; THEMES' `badge.fill` is `--map-badge-fill`.

/** The brand's navy: the header, what is chosen, the browser's theme colour and the icons. */
const BRAND = '#0b2545';
/** The amber of the focus ring, of the buttons that act and of the deck's progress. */
const AMBER = '#f59e0b';
/** The dark room's controls: chips, district buttons, the back button, the quote. */
const DARK_CONTROL = '#18243a';
/** What is chosen in the dark room (a pressed chip, the current district): the brand's navy would not show there. */
const DARK_CHOSEN = '#1e40af';

/**
 * The light room's interface colours, each named for what it paints. It is also the
 * shape of a room's table (UiTheme): the dark room states what it changes.
 */
const UI_LIGHT = {
  /** Body text. */
  ink: '#111827',
  /** Secondary text: labels, the credit line. */
  inkSoft: '#374151',
  /** Hints, counts, a disabled link. */
  muted: '#5b6472',
  /** Rules, and the borders of cards and lists. */
  line: '#d9dde3',
  /** The page behind the columns. */
  bg: '#f6f7f9',
  /** Cards and boxes. */
  card: '#ffffff',
  /** The header band, and what is chosen (a pressed chip, the current district, the current view). */
  brand: BRAND,
  /** Links and the primary button. */
  accent: '#1d4ed8',
  /** The keyboard's focus ring. */
  focus: AMBER,
  /** Text on the brand colour. */
  onBrand: '#ffffff',
  /** Text on the accent colour (the primary button). */
  onAccent: '#ffffff',
  /** The right-hand panel, a shade off the cards. */
  panelFill: '#fbfbfc',
  /** The credit line's band under the map. */
  attributionFill: '#eef0f3',
  /** A row under the pointer or the keyboard: search results, the export menu, the region list. */
  hoverFill: '#e8eefc',
  /** A record under the pointer. */
  recordHover: '#eef2fb',
  /** Year-on-year figures in the panel. */
  growth: '#0f6b3a',
  /** The panel's back button: none in the light room. */
  backFill: 'transparent',
  /** The hairline around colour swatches and the chips' dots. */
  swatchEdge: 'rgba(0, 0, 0, 0.2)',
  /** The dimming behind the phone's drawer. */
  scrim: 'rgba(15, 23, 42, 0.4)',
  /** The bottom sheet's grip. */
  sheetGrip: '#9ca3af',
  /** The header's subtitle and the outlined controls on the header. */
  header: { subtitle: '#c7d2e0', controlBorder: '#8aa0bd', controlHover: 'rgba(255, 255, 255, 0.12)' },
  search: { field: '#ffffff', results: '#ffffff' },
  /** Industry chips, at rest and pressed. */
  chip: { fill: '#ffffff', pressed: BRAND },
  /** The sidebar's district buttons: at rest, under the pointer, the current one and its count. */
  districtButton: { fill: '#f2f4f7', hover: '#e8eefc', current: BRAND, currentCount: '#d8e1ee' },
  /** The source's words in the panel (and the rule beside them on the deck's card). */
  quote: { fill: '#f3f4f6', rule: '#94a3b8' },
  /** The export menu: light in both rooms. */
  menu: { fill: '#ffffff', text: '#111827', textSoft: '#374151', muted: '#6b7280' },
  /** The city / regional switch over the map. */
  viewSwitch: { fill: '#ffffff', text: '#111827' },
  /** The map's tooltip, and what sharing did. */
  tooltip: { fill: 'rgba(17, 24, 39, 0.92)', text: '#ffffff' },
  /** The note over a map that has no WebGL. */
  mapNote: { fill: 'rgba(17, 24, 39, 0.9)' },
  error: { fill: '#ffffff', text: '#b91c1c' },
  /** The update notice's outlined buttons. */
  notice: { buttonBorder: 'rgb(255 255 255 / 60%)' },
  /** Shadows, by what casts them. */
  shadow: {
    popup: 'rgba(0, 0, 0, 0.18)',
    menu: 'rgba(0, 0, 0, 0.2)',
    control: 'rgba(0, 0, 0, 0.15)',
    mapLabel: 'rgba(0, 0, 0, 0.18)',
    inset: 'rgba(0, 0, 0, 0.18)',
    card: 'rgba(0, 0, 0, 0.35)',
    drawer: 'rgba(0, 0, 0, 0.25)',
    sheet: 'rgba(0, 0, 0, 0.22)',
    dialog: 'rgba(0, 0, 0, 0.45)',
    notice: 'rgb(0 0 0 / 25%)',
  },
  /**
   * The deck over the map: its card (the caption; only the dark card has a border, the
   * light one's edge is its shadow), legend, note, locator, buttons, toolbar and progress.
   */
  deck: {
    cardFill: 'rgba(255, 255, 255, 0.96)',
    cardText: '#0b1220',
    cardBorder: 'transparent',
    cardMeta: '#475569',
    standing: '#92400e',
    growth: '#15803d',
    more: '#64748b',
    legendFill: 'rgba(255, 255, 255, 0.92)',
    noteBorder: '#9ca3af',
    locatorFrame: '#9ca3af',
    buttonFill: '#e2e8f0',
    buttonText: '#0b1220',
    buttonBorder: '#94a3b8',
    detourBorder: '#b45309',
    progressTrack: 'rgba(148, 163, 184, 0.35)',
    progressBar: AMBER,
    toolFill: 'rgba(15, 23, 42, 0.85)',
    toolText: '#ffffff',
    toolBorder: '#475569',
    blackout: '#000000',
  },
  /** The amber buttons that act: back from a detour, reset, done, present. */
  action: { fill: AMBER, text: '#111827', border: '#b45309' },
  /** The deck's dialogs (steps, keys) and the presenter's window: dark in both rooms. */
  dialog: {
    fill: '#0b1220',
    text: '#f8fafc',
    border: '#475569',
    meta: '#a8b6c8',
    row: '#1e293b',
    rowBorder: '#334155',
    current: AMBER,
    buttonText: '#ffffff',
    quote: '#cbd5e1',
    figures: '#fde68a',
  },
  /** The printed handout: black on white whatever the room. */
  print: {
    ink: '#000000',
    paper: '#ffffff',
    mapFrame: '#bbbbbb',
    soft: '#444444',
    rule: '#888888',
    quoteRule: '#999999',
    quote: '#333333',
  },
  /** The QR code and its dialog: black on white whatever the room, so a phone reads it. */
  qr: {
    paper: '#ffffff',
    ink: '#0b1220',
    border: '#475569',
    hint: '#475569',
    modules: '#000000',
    quietZone: '#ffffff',
  },
  /** The PNG export's legend box (its bands are the header's and the credit line's). */
  picture: { legendFill: 'rgba(255, 255, 255, 0.94)', legendBorder: '#c8ccd2', swatchEdge: 'rgba(0, 0, 0, 0.25)' },
};

/** The interface's colours in one room (light or dark), named as in the light room's table. */
export type UiTheme = typeof UI_LIGHT;

/** The interface's colours by theme. The dark room changes only what it names; the rest is the light room's. */
export const UI_THEMES: Record<ThemeName, UiTheme> = {
  light: UI_LIGHT,
  dark: {
    ...UI_LIGHT,
    ink: '#f1f5f9',
    inkSoft: '#cbd5e1',
    muted: '#a3afbf',
    line: '#334155',
    bg: '#0f172a',
    card: '#111c2e',
    accent: '#93c5fd',
    onAccent: '#0b1220',
    panelFill: '#0c1526',
    attributionFill: '#0c1526',
    growth: '#86efac',
    backFill: DARK_CONTROL,
    // Light text on the dark room's fields, rows and chosen controls: none of them may stay light.
    hoverFill: '#1e3a5f',
    recordHover: '#17263d',
    search: { field: DARK_CONTROL, results: '#111c2e' },
    chip: { fill: DARK_CONTROL, pressed: DARK_CHOSEN },
    districtButton: { fill: DARK_CONTROL, hover: '#22324d', current: DARK_CHOSEN, currentCount: '#dbeafe' },
    quote: { ...UI_LIGHT.quote, fill: DARK_CONTROL },
    deck: {
      ...UI_LIGHT.deck,
      cardFill: 'rgba(10, 20, 32, 0.94)',
      cardText: '#f8fafc',
      cardBorder: '#334155',
      cardMeta: '#a8b6c8',
      standing: '#fbbf24',
      growth: '#86efac',
      legendFill: 'rgba(10, 20, 32, 0.88)',
      noteBorder: '#475569',
      locatorFrame: '#64748b',
      buttonFill: '#1e293b',
      buttonText: '#f8fafc',
      buttonBorder: '#475569',
      detourBorder: '#fbbf24',
    },
  },
};
