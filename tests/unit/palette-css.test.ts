/**
 * The stylesheets' colours are the palette's: the custom properties generated for the CSS
 * (tools/vite-palette.ts) hold exactly src/map/palette.ts's values in each room, no
 * stylesheet sets one of them itself, and every custom property a stylesheet reads is
 * defined somewhere, so a misspelt name cannot leave a colour unset.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { THEMES, UI_THEMES } from '../../src/map/palette';
import { THEME_NAMES, type ThemeName } from '../../src/vocabulary';
import { customProperties, paletteCss, paletteProperties } from '../../tools/vite-palette';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function filesUnder(dir: string, ending: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => ending.test(f))
    .map((f) => join(dir, f));
}

/** The custom properties each rule of a stylesheet sets, by selector, in the order of the rules. */
function rules(css: string): [string, Map<string, string>][] {
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...bare.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => [
    (m[1] ?? '').trim(),
    new Map([...(m[2] ?? '').matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((d) => [d[1] ?? '', (d[2] ?? '').trim()])),
  ]);
}

/** A table's colours as [key path, value], nested groups included. */
function leaves(table: object, path: string[] = []): [string[], string][] {
  return Object.entries(table).flatMap(([key, value]): [string[], string][] =>
    typeof value === 'string' ? [[[...path, key], value]] : leaves(value as object, [...path, key]),
  );
}

/** The property a key path is read as: `deck.cardFill` is `--deck-card-fill`. */
const propertyOf = (path: string[]) =>
  `--${path.map((k) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)).join('-')}`;

/** What palette.ts says each property holds in a room: the interface's colours, and the map's under `map`. */
function paletteSays(theme: ThemeName): Map<string, string> {
  return new Map(
    [...leaves(UI_THEMES[theme]), ...leaves(THEMES[theme], ['map'])].map(([path, value]) => [propertyOf(path), value]),
  );
}

test("each room's custom properties are palette.ts's, name for name and value for value", () => {
  const css = rules(paletteCss());
  expect(css.map(([selector]) => selector)).toEqual([':root', '.app.theme-dark']);
  const root = css[0]?.[1] ?? new Map<string, string>();
  const dark = css[1]?.[1] ?? new Map<string, string>();
  // The dark room's element inherits :root's properties and overrides some of them.
  const inEffect: Record<ThemeName, Map<string, string>> = { light: root, dark: new Map([...root, ...dark]) };
  for (const theme of THEME_NAMES) {
    expect(Object.fromEntries(inEffect[theme]), theme).toEqual(Object.fromEntries(paletteSays(theme)));
  }
  // A few by name, as the stylesheets spell them.
  expect(inEffect.light.get('--ink')).toBe(UI_THEMES.light.ink);
  expect(inEffect.dark.get('--ink')).toBe(UI_THEMES.dark.ink);
  expect(inEffect.dark.get('--deck-card-fill')).toBe(UI_THEMES.dark.deck.cardFill);
  expect(inEffect.dark.get('--map-badge-count-fill')).toBe(THEMES.dark.badge.countFill);
  // Only what the dark room changes is written again for it.
  for (const [name, value] of dark) expect(root.get(name), name).not.toBe(value);
});

test('two keys that would make the same custom property are an error, naming it', () => {
  expect(() => customProperties({ deckCard: '#000000', deck: { card: '#ffffff' } })).toThrow(
    /--deck-card is made twice/,
  );
  expect(() => customProperties({ deck: { card: 3 } })).toThrow(/deck\.card is not a colour string/);
});

const STYLESHEETS = filesUnder('src', /\.css$/);

test('no stylesheet sets a palette property itself, and every custom property a stylesheet reads is defined', () => {
  const generated = new Set([...paletteProperties('light').keys(), ...paletteProperties('dark').keys()]);
  const setInCss = new Set<string>();
  const read = new Map<string, string>();
  for (const file of STYLESHEETS) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const [selector, props] of rules(text))
      for (const name of props.keys()) {
        expect(generated.has(name), `${file}: ${selector} sets ${name}, which palette.ts owns`).toBe(false);
        setInCss.add(name);
      }
    // A read with a fallback (`var(--caption-scale, 1)`) needs no definition.
    for (const m of text.matchAll(/var\((--[\w-]+)\s*\)/g)) read.set(m[1] ?? '', file);
  }
  // Components set a few on elements (a layer's colour, the overlay's badge colours, sizes).
  const setInline = new Set<string>();
  for (const file of filesUnder('src', /\.tsx?$/))
    for (const m of readFileSync(join(ROOT, file), 'utf8').matchAll(/['"`](--[\w-]+)['"`]/g)) setInline.add(m[1] ?? '');
  const undefinedNames = [...read]
    .filter(([name]) => !generated.has(name) && !setInCss.has(name) && !setInline.has(name))
    .map(([name, file]) => `${relative(ROOT, join(ROOT, file))}: ${name}`);
  expect(undefinedNames).toEqual([]);
  expect(read.size).toBeGreaterThan(50);
});

test("the browser's theme colour (index.html, the manifest) is the palette's brand", () => {
  const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
  expect(/<meta name="theme-color" content="([^"]+)"/.exec(html)?.[1]).toBe(UI_THEMES.light.brand);
  const manifest = JSON.parse(readFileSync(join(ROOT, 'public/manifest.webmanifest'), 'utf8')) as Record<
    string,
    string
  >;
  expect([manifest.theme_color, manifest.background_color]).toEqual([UI_THEMES.light.brand, UI_THEMES.light.brand]);
});
