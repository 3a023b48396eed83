/**
 * The palette as CSS: the custom properties every colour in the stylesheets reads, made
 * from src/map/palette.ts (UI_THEMES, and THEMES under `--map-`) so the CSS never copies
 * a colour. The app imports them as `virtual:atlas-palette.css`, a stylesheet of the
 * build like any other: in the CSS bundle, there before the first paint, offline.
 *
 * The light room's values sit on :root (so the presenter's window and the error screen,
 * which are outside .app, have them too); the dark room's on `.app.theme-dark`, which the
 * app sets for the dark theme, and only where they differ from the light room's.
 *
 * The config imports palette.ts, so `vite` dev restarts when it changes, as for a change
 * to the config itself.
 */
import type { Plugin } from 'vite';
import { THEMES, UI_THEMES } from '../src/map/palette.ts';
import { THEME_NAMES, type ThemeName } from '../src/vocabulary.ts';

export const PALETTE_CSS = 'virtual:atlas-palette.css';

/** The selector of each theme's block: the app's root element carries `theme-<name>`. */
export const THEME_SELECTOR: Record<ThemeName, string> = { light: ':root', dark: '.app.theme-dark' };

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * A nested table of colours as custom properties, name → value: `{ deck: { cardFill } }`
 * under `prefix` 'x' is `--x-deck-card-fill`. A name made twice is an error.
 */
export function customProperties(table: object, prefix: string[] = [], into = new Map<string, string>()) {
  for (const [key, value] of Object.entries(table)) {
    const path = [...prefix, kebab(key)];
    if (typeof value === 'string') {
      const name = `--${path.join('-')}`;
      if (into.has(name)) throw new Error(`src/map/palette.ts: ${name} is made twice; rename one of its keys`);
      into.set(name, value);
    } else if (value && typeof value === 'object') customProperties(value, path, into);
    else throw new Error(`src/map/palette.ts: ${path.join('.')} is not a colour string`);
  }
  return into;
}

/** Every custom property of a theme: the interface's, then the map's under `--map-`. */
export function paletteProperties(theme: ThemeName): Map<string, string> {
  return customProperties(THEMES[theme], ['map'], customProperties(UI_THEMES[theme]));
}

/** The stylesheet: the light room's properties on :root, then what the dark room changes. */
export function paletteCss(): string {
  const light = paletteProperties('light');
  const block = (theme: ThemeName) => {
    const props = [...paletteProperties(theme)].filter(
      ([name, value]) => theme === 'light' || light.get(name) !== value,
    );
    return `${THEME_SELECTOR[theme]} {\n${props.map(([name, value]) => `  ${name}: ${value};\n`).join('')}}\n`;
  };
  return `/* Generated from src/map/palette.ts by tools/vite-palette.ts. */\n${THEME_NAMES.map(block).join('')}`;
}

/** Serves `virtual:atlas-palette.css`. */
export function paletteStylesheet(): Plugin {
  // Vite's CSS plugins take it for a stylesheet by its `.css` ending.
  const resolved = `\0${PALETTE_CSS}`;
  return {
    name: 'atlas-palette-css',
    resolveId: (id) => (id === PALETTE_CSS ? resolved : null),
    load: (id) => (id === resolved ? paletteCss() : null),
  };
}
