import { describe, expect, it } from 'vitest';
import { importCircles, importGraph, importProblems, layerOf, upwardImports } from '../../tools/import-rules';

const tree = (files: Record<string, string>) => new Map(Object.entries(files));

describe('import rules', () => {
  it('finds a circle of three files and writes it round from its first file', () => {
    const graph = importGraph(
      tree({
        'bench/a.ts': "import { b } from './b';",
        'bench/b.ts': "import type { C } from './c.ts';",
        'bench/c.ts': "export * from './a';",
        'bench/d.ts': "import { a } from './a';",
      }),
    );
    expect(importCircles(graph)).toEqual([['bench/a.ts', 'bench/b.ts', 'bench/c.ts', 'bench/a.ts']]);
  });

  it('counts type-only and dynamic imports, and ignores packages, CSS and queries on non-code files', () => {
    const graph = importGraph(
      tree({
        'src/ui/A.tsx':
          "import type { X } from '../map/x';\nconst y = () => import('../map/y.ts');\nimport 'maplibre-gl';\nimport './app.css';\nimport raw from '../../geo/d.geojson?raw';",
        'src/map/x.ts': '',
        'src/map/y.ts': '',
      }),
    );
    expect(graph.get('src/ui/A.tsx')).toEqual(['src/map/x.ts', 'src/map/y.ts']);
  });

  it('reports an import that runs up a floor, and lets one run down', () => {
    const problems = upwardImports(
      importGraph(
        tree({
          'src/store/store.ts': "import type { ThemeName } from '../map/palette';",
          'src/map/palette.ts': "import type { LayerId } from '../vocabulary';",
          'src/vocabulary.ts': '',
        }),
      ),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^src\/store\/store\.ts: imports src\/map\/palette\.ts, a higher floor \(map\)/);
  });

  it('puts the vocabulary below every folder and main.tsx above them', () => {
    expect(layerOf('src/vocabulary.ts')).toBe('vocabulary');
    expect(layerOf('src/domain/join.ts')).toBe('domain');
    expect(layerOf('src/main.tsx')).toBe('entry');
    expect(layerOf('bench/run.ts')).toBeNull();
    expect(() => layerOf('src/newfolder/x.ts')).toThrow(/src\/newfolder\/ is on no floor/);
  });

  it('passes a tree with neither circles nor upward imports', () => {
    expect(
      importProblems(
        tree({
          'src/vocabulary.ts': '',
          'src/domain/a.ts': "import '../vocabulary';",
          'src/ui/b.tsx': "import '../domain/a';\nimport '../vocabulary.ts';",
        }),
      ),
    ).toEqual([]);
  });
});
