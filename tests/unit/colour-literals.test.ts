/**
 * One palette: no colour is written anywhere under src/ but in src/map/palette.ts. The
 * stylesheets read custom properties generated from it, components and painters import
 * it. A hex value, an rgb()/hsl()-style function or (in a stylesheet) a named colour
 * anywhere else fails here, with its file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PALETTE = 'src/map/palette.ts';

/** CSS's named colours (CSS Color 4), but for the keywords that are no colour of their own. */
const NAMED = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown ' +
    'burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan ' +
    'darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid ' +
    'darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet ' +
    'deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ' +
    'ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki ' +
    'lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow ' +
    'lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray ' +
    'lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine ' +
    'mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen ' +
    'mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace ' +
    'olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred ' +
    'papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue ' +
    'saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey ' +
    'snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow ' +
    'yellowgreen'
  ).split(' '),
);

const HEX = /#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi;
const FUNCTION = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([^)]*\)/gi;
/** A quoted string that is only a named colour, in a component or a painter (fill="white", 'black'). */
const QUOTED_NAME = /(['"`])([a-z]+)\1/gi;

/** The colour literals in a file's text, as `line: literal`. */
function colourLiterals(text: string, stylesheet: boolean): { line: number; literal: string }[] {
  const found: { line: number; literal: string }[] = [];
  text.split('\n').forEach((raw, i) => {
    // A comment may name a colour in words ("black on white"); only code counts.
    const line = stylesheet ? raw : raw.replace(/^\s*(\/\/|\*|\/\*).*$/, '').replace(/\s\/\/.*$/, '');
    for (const m of line.matchAll(HEX)) found.push({ line: i + 1, literal: m[0] });
    for (const m of line.matchAll(FUNCTION)) found.push({ line: i + 1, literal: m[0] });
    if (stylesheet) {
      // The value of each declaration on the line, without comments, quoted strings or url().
      const code = line.replace(/\/\*.*?\*\//g, '').replace(/(['"]).*?\1|url\([^)]*\)/g, '');
      for (const d of code.matchAll(/[\w-]+\s*:\s*([^;{}]+)/g))
        for (const word of (d[1] ?? '').toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? [])
          if (NAMED.has(word)) found.push({ line: i + 1, literal: word });
    } else {
      for (const m of line.matchAll(QUOTED_NAME))
        if (NAMED.has((m[2] ?? '').toLowerCase())) found.push({ line: i + 1, literal: m[0] });
    }
  });
  return found;
}

function sourceFiles(): string[] {
  return readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(tsx?|css)$/.test(f))
    .map((f) => `src/${f.split('\\').join('/')}`);
}

test('no colour is written in src/ outside src/map/palette.ts', () => {
  const files = sourceFiles();
  expect(files).toContain(PALETTE);
  expect(files).toContain('src/ui/app.css');
  const stray: string[] = [];
  for (const file of files) {
    if (file === PALETTE) continue;
    for (const { line, literal } of colourLiterals(readFileSync(join(ROOT, file), 'utf8'), file.endsWith('.css')))
      stray.push(`${file}:${line}: ${literal}`);
  }
  expect(stray).toEqual([]);
});

test('the scan finds each kind of literal, and leaves names, selectors and words alone', () => {
  const css = [
    '.a { color: #fff; }',
    '.b { background: rgb(0 0 0 / 25%); border: 1px solid hsl(0 0% 50%); }',
    '.c { border-color: White; }',
    '.d { background: transparent; color: currentColor; white-space: nowrap; }',
    '#root .e { background: var(--card); }',
    '/* black on white whatever the theme */',
  ].join('\n');
  expect(colourLiterals(css, true).map((f) => `${f.line}: ${f.literal}`)).toEqual([
    '1: #fff',
    '2: rgb(0 0 0 / 25%)',
    '2: hsl(0 0% 50%)',
    '3: white',
  ]);
  const tsx = [
    `ctx.fillStyle = '#0b2545';`,
    `<rect fill="white" />`,
    `ctx.strokeStyle = 'rgba(0,0,0,0.25)';`,
    `const id = document.querySelector('#root');`,
    `// a white halo under the stroke`,
    `const tone = 'red-team';`,
  ].join('\n');
  expect(colourLiterals(tsx, false).map((f) => `${f.line}: ${f.literal}`)).toEqual([
    '1: #0b2545',
    '2: "white"',
    '3: rgba(0,0,0,0.25)',
  ]);
});
