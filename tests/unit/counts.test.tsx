/**
 * One computation of every count. Each place that shows how many records a layer, a
 * district or an industry has — the layers panel, the overview, the district list and
 * panel, the deck's steps, the presenter notes, the matrix, the export menu — is drawn
 * here with React's server renderer and read back as a DOM (happy-dom): every number must equal the one
 * count function of its kind (countByLayer, countByDistrict) and so agree with the
 * others. Then the count functions are made to lie, and every place must repeat the
 * lie: the numbers come from them, not from a count of their own.
 */
import type { ReactNode } from 'react';
import { Window } from 'happy-dom';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as join from '../../src/domain/join';
import { countInFilter } from '../../src/domain/filtered';
import { buildIndustryMatrix, shownPart } from '../../src/domain/matrix';
import { DISTRICT_SLUGS, LAYER_IDS, SCOPES, type DistrictSlug, type LayerId } from '../../src/domain/schema';
import { buildTour, type TourStep } from '../../src/domain/tour';
import { STRINGS } from '../../src/i18n/strings';
import { LANGS, type Lang } from '../../src/vocabulary';
import { createHoverStore } from '../../src/store/hover';
import { createAtlasStore, type AtlasStore } from '../../src/store/store';
import type { ViewState } from '../../src/store/view-state';
import { HoverContext, ModelContext, StoreContext, TourContext } from '../../src/ui/context';
import { DistrictList } from '../../src/ui/DistrictList';
import { DistrictPanel } from '../../src/ui/DistrictPanel';
import { ExportMenu } from '../../src/ui/export/ExportMenu';
import { Matrix } from '../../src/ui/Matrix';
import { Overview } from '../../src/ui/Overview';
import { Caption, MATRIX_ROWS } from '../../src/ui/presentation/Caption';
import { PresenterView } from '../../src/ui/presentation/PresenterView';
import { Sidebar } from '../../src/ui/Sidebar';
import { loadRealModel } from './fixtures/real-data';

// The count functions, spied on so a test can make them lie; they tell the truth unless told otherwise.
vi.mock('../../src/domain/join', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/domain/join')>();
  return { ...real, countByLayer: vi.fn(real.countByLayer), countByDistrict: vi.fn(real.countByDistrict) };
});
/** The count functions themselves, for telling lies built on the truth. */
const real = await vi.importActual<typeof import('../../src/domain/join')>('../../src/domain/join');

const ALL = { layers: LAYER_IDS, industries: [] } as const;

type Model = import('../../src/domain/model').AtlasModel;

/** One page to read rendered markup in: a DOM (happy-dom), so the tests query elements instead of parsing HTML. */
const page = new Window();

/** The app's tree around `node`, rendered with the view given as the server renderer writes it, and read back as elements. */
function render(model: Model, node: ReactNode, view: Partial<ViewState> = {}): Element {
  const store = createAtlasStore(view);
  // The server renderer reads a store's initial state; let it read this one's.
  const ssr: AtlasStore = { ...store, getInitialState: store.getState };
  const hover = createHoverStore();
  const root = page.document.createElement('div');
  root.innerHTML = renderToStaticMarkup(
    <ModelContext.Provider value={model}>
      <StoreContext.Provider value={ssr}>
        <HoverContext.Provider value={{ ...hover, getInitialState: hover.getState }}>
          <TourContext.Provider value={buildTour(model)}>{node}</TourContext.Provider>
        </HoverContext.Provider>
      </StoreContext.Provider>
    </ModelContext.Provider>,
  );
  return root as unknown as Element;
}

/** The first element matching `selector`; a test that finds none fails, naming it. */
function one(root: Element, selector: string): Element {
  const el = root.querySelector(selector);
  if (!el) throw new Error(`no ${selector} in the markup`);
  return el;
}

function textOf(el: Element | null): string {
  return el?.textContent ?? '';
}

function numbers(s: string): number[] {
  return [...s.matchAll(/\d+/g)].map((m) => Number(m[0]));
}

function byTestId(root: Element, id: string): number {
  return Number(textOf(one(root, `[data-testid="${id}"]`)));
}

/** The count on each district-list button. */
function listCounts(root: Element): Record<string, number> {
  const out: Record<string, number> = {};
  for (const b of root.querySelectorAll('button[data-district]'))
    out[b.getAttribute('data-district') ?? ''] = numbers(textOf(one(b, '.count')))[0] ?? NaN;
  return out;
}

/** The number on each matrix cell, by "district:industry". */
function matrixCells(root: Element): Record<string, number> {
  const out: Record<string, number> = {};
  // A button at the desk; on the deck's card a number the room reads (the table's headers name it).
  for (const cell of root.querySelectorAll('[data-cell]')) {
    const n = textOf(cell).trim();
    if (/^\d+$/.test(n)) out[cell.getAttribute('data-cell') ?? ''] = Number(n);
  }
  return out;
}

function stepsOf(model: Model, type: TourStep['focus']['type']): { step: TourStep; index: number }[] {
  return buildTour(model)
    .map((step, index) => ({ step, index }))
    .filter((s) => s.step.focus.type === type);
}

/** What the caption card of a step says: its title and its breakdown line. */
function caption(model: Model, step: TourStep, index: number, lang: Lang) {
  const n = buildTour(model).length;
  const root = render(model, <Caption step={step} index={index} total={n} />, { lang, presenting: true, step: index });
  const title = textOf(one(root, 'h2.caption-title'));
  const breakdown = root.querySelector('[data-testid="caption-breakdown"]')?.textContent ?? null;
  return { root, title, breakdown };
}

/** The presenter view of a step: the count in the notes' heading, and the notes themselves. */
function notes(model: Model, index: number, lang: Lang) {
  const root = render(model, <PresenterView />, { lang, presenting: true, step: index });
  const heading = root.querySelector('h2 > .count');
  const list = one(root, 'ol.presenter-notes');
  return {
    count: heading ? (numbers(textOf(heading))[0] ?? NaN) : null,
    items: [...list.children].filter((c) => c.tagName === 'LI').length,
  };
}

function exportCount(model: Model, view: Partial<ViewState>): number {
  const count = one(render(model, <ExportMenu />, view), '[data-testid="export-scope"]').getAttribute('data-count');
  if (count === null) throw new Error('the export menu says no count');
  return Number(count);
}

describe('every count shown agrees with the one count function of its kind', () => {
  let model: Model;
  beforeAll(() => {
    model = loadRealModel();
  });

  it.each([[[]], [['biomedicine']], [['tech-finance', 'big-data']]])(
    'layers: the panel, the overview and the export menu show countByLayer (industries %j)',
    (industries: string[]) => {
      const counts = join.countByLayer(model, industries);
      const sidebar = render(model, <Sidebar />, { industries });
      const overview = render(model, <Overview />, { industries });
      for (const l of LAYER_IDS) {
        expect(byTestId(sidebar, `layer-count-${l}`), `panel ${l}`).toBe(counts[l].total);
        expect(byTestId(overview, `overview-layer-count-${l}`), `overview ${l}`).toBe(counts[l].total);
        expect(exportCount(model, { industries, layers: [l] }), `export ${l}`).toBe(counts[l].total);
      }
      expect(exportCount(model, { industries })).toBe(countInFilter(model, { layers: LAYER_IDS, industries }));
    },
  );

  it.each(LANGS)(
    "layers (%s): a layer step's headline is the panel's number, its breakdown adds up to it, the notes list exactly that many",
    (lang) => {
      const counts = join.countByLayer(model, []);
      const panel = render(model, <Sidebar />, { lang });
      const steps = stepsOf(model, 'layer');
      expect(steps.map((s) => s.step.focus.type === 'layer' && s.step.focus.layer)).toEqual(
        LAYER_IDS.filter((l) => counts[l].total > 0),
      );
      for (const { step, index } of steps) {
        const layer = step.focus.type === 'layer' ? step.focus.layer : ('' as LayerId);
        const c = counts[layer];
        const card = caption(model, step, index, lang);
        expect(card.title, step.id).toBe(`${STRINGS[lang].layerNames[layer]} · ${STRINGS[lang].records(c.total)}`);
        expect(byTestId(panel, `layer-count-${layer}`)).toBe(c.total);
        // "6 in districts (on the map), 6 regional, 1 city-wide": each part from countByLayer's breakdown.
        const parts = SCOPES.filter((s) => c.byScope[s] > 0);
        expect(card.breakdown, step.id).toBe(
          STRINGS[lang].deck.breakdown(parts.map((s) => STRINGS[lang].deck.inScope[s](c.byScope[s]))),
        );
        expect(
          numbers(card.breakdown ?? '').reduce((a, b) => a + b, 0),
          step.id,
        ).toBe(c.total);
        const n = notes(model, index, lang);
        expect(n.count, `${step.id} notes heading`).toBe(c.total);
        expect(n.items, `${step.id} notes`).toBe(c.total);
      }
    },
  );

  it('districts: the list, the overview, the district panel, the export menu and the deck show countByDistrict', () => {
    const filters = [
      ALL,
      { layers: ['clusters', 'funds'] as LayerId[], industries: [] },
      { layers: LAYER_IDS, industries: ['tech-finance'] },
    ];
    for (const f of filters) {
      const counts = join.countByDistrict(model, f);
      const view = { layers: [...f.layers], industries: [...f.industries] };
      expect(listCounts(render(model, <DistrictList />, view))).toEqual(
        Object.fromEntries(DISTRICT_SLUGS.map((s) => [s, counts[s].total])),
      );
      const leading = one(render(model, <Overview />, view), 'ol.leading').querySelectorAll('li');
      expect(leading.length).toBeGreaterThan(0);
      for (const li of leading) {
        const name = textOf(li.querySelector('button'));
        const d = model.districts.find((x) => x.name.zh === name);
        expect(d, name).toBeDefined();
        if (d) expect(numbers(textOf(li.querySelector('.count')))[0], d.slug).toBe(counts[d.slug].total);
      }
      for (const slug of DISTRICT_SLUGS) {
        expect(exportCount(model, { ...view, district: slug }), `export ${slug}`).toBe(counts[slug].total);
        const head = textOf(one(render(model, <DistrictPanel slug={slug} />, view), 'span.count'));
        const all = join.countByDistrict(model, ALL)[slug].total;
        expect(head, slug).toBe(counts[slug].total === all ? String(all) : `${counts[slug].total} / ${all}`);
      }
    }
    const all = join.countByDistrict(model, ALL);
    for (const slug of DISTRICT_SLUGS)
      expect(textOf(render(model, <DistrictPanel slug={slug} />))).toContain(STRINGS.zh.recordsIn(all[slug].total));
  });

  it("districts: a district step's notes are that district's records; a layer step's top districts are the layer's counts", () => {
    const all = join.countByDistrict(model, ALL);
    for (const { step, index } of stepsOf(model, 'district')) {
      const slug = step.focus.type === 'district' ? step.focus.district : ('' as DistrictSlug);
      const n = notes(model, index, 'en');
      expect(n.count, step.id).toBe(all[slug].total);
      expect(n.items, step.id).toBe(all[slug].total);
    }
    for (const { step, index } of stepsOf(model, 'layer')) {
      const layer = step.focus.type === 'layer' ? step.focus.layer : ('' as LayerId);
      const counts = join.countByDistrict(model, { layers: [layer], industries: [] });
      const top =
        [...caption(model, step, index, 'en').root.querySelectorAll('p.caption-lead')]
          .map(textOf)
          .find((t) => t.startsWith(STRINGS.en.deck.topDistricts)) ?? '';
      const named = [...top.matchAll(/([A-Z][A-Za-z' ]+?) (\d+)/g)];
      expect(named.length, step.id).toBe(Math.min(3, DISTRICT_SLUGS.filter((x) => counts[x].total > 0).length));
      for (const m of named) {
        const d = model.districts.find((x) => x.name.en === m[1]?.trim());
        expect(d, `${step.id}: ${m[1]}`).toBeDefined();
        if (d) expect(Number(m[2]), `${step.id}: ${d.slug}`).toBe(counts[d.slug].total);
      }
    }
  });

  it('regional and international steps: the headline and the notes count the same records', () => {
    for (const { step, index } of stepsOf(model, 'beyond')) {
      const scope = step.focus.type === 'beyond' ? step.focus.scope : 'region';
      const total = LAYER_IDS.reduce((n, l) => n + join.countByLayer(model, [])[l].byScope[scope], 0);
      expect(caption(model, step, index, 'en').title).toContain(STRINGS.en.records(total));
      expect(notes(model, index, 'en')).toEqual({ count: total, items: total });
    }
  });

  it("industries: every matrix cell is countByDistrict's, in the overview and in the deck's subset, which says so", () => {
    const counts = join.countByDistrict(model, ALL);
    const expected: Record<string, number> = {};
    for (const slug of DISTRICT_SLUGS)
      for (const [i, n] of Object.entries(counts[slug].byIndustry)) if (n > 0) expected[`${slug}:${i}`] = n;
    expect(matrixCells(render(model, <Matrix />))).toEqual(expected);

    const [matrixStep] = stepsOf(model, 'matrix');
    if (!matrixStep) throw new Error('the tour has no matrix step');
    const card = caption(model, matrixStep.step, matrixStep.index, 'en').root;
    const part = shownPart(buildIndustryMatrix(model, LAYER_IDS), MATRIX_ROWS);
    const shown = Object.fromEntries(
      Object.entries(expected).filter(([k]) => part.districts.some((d) => k.startsWith(`${d}:`))),
    );
    expect(matrixCells(card)).toEqual(shown);
    // The rows shown are the districts with the most records, as the district list ranks them.
    const rows = [...card.querySelectorAll('th[scope="row"]')].map(textOf);
    const ranked = model.districts
      .slice()
      .sort((a, b) => counts[b.slug].total - counts[a.slug].total || a.adcode - b.adcode)
      .slice(0, MATRIX_ROWS)
      .map((d) => d.name.en);
    expect(rows).toEqual(ranked);
    expect(textOf(card.querySelector('[data-testid="matrix-subset"]'))).toBe(
      STRINGS.en.matrix.subset(MATRIX_ROWS, model.districts.length, part.industries.length, model.industries.length),
    );
  });
});

describe('every count shown comes from the count functions', () => {
  const LIE = 1000;
  afterEach(() => {
    vi.mocked(join.countByLayer).mockRestore();
    vi.mocked(join.countByDistrict).mockRestore();
  });

  /** A fresh model (the filter's memo is per model), with the count functions made to add LIE. */
  function lyingModel(): Model {
    vi.mocked(join.countByLayer).mockImplementation((m, industries) => {
      const c = real.countByLayer(m, industries);
      return Object.fromEntries(
        LAYER_IDS.map((l): [LayerId, join.LayerCount] => [
          l,
          { total: c[l].total + LIE, byScope: { ...c[l].byScope, district: c[l].byScope.district + LIE } },
        ]),
      ) as Record<LayerId, join.LayerCount>;
    });
    vi.mocked(join.countByDistrict).mockImplementation((m, f) => {
      const c = real.countByDistrict(m, f);
      return Object.fromEntries(
        DISTRICT_SLUGS.map((s): [DistrictSlug, join.DistrictCounts] => [
          s,
          {
            ...c[s],
            total: c[s].total + LIE,
            byIndustry: Object.fromEntries(Object.entries(c[s].byIndustry).map(([i, n]) => [i, n + LIE])),
          },
        ]),
      ) as Record<DistrictSlug, join.DistrictCounts>;
    });
    return loadRealModel();
  }

  it('the layers panel, the overview, the export menu, the deck and the notes repeat what countByLayer says', () => {
    const honest = loadRealModel();
    const truth = join.countByLayer(honest, []);
    const model = lyingModel();
    const sidebar = render(model, <Sidebar />);
    const overview = render(model, <Overview />);
    for (const l of LAYER_IDS) {
      expect(byTestId(sidebar, `layer-count-${l}`)).toBe(truth[l].total + LIE);
      expect(byTestId(overview, `overview-layer-count-${l}`)).toBe(truth[l].total + LIE);
      expect(exportCount(model, { layers: [l] })).toBe(truth[l].total + LIE);
    }
    for (const { step, index } of stepsOf(honest, 'layer')) {
      const layer = step.focus.type === 'layer' ? step.focus.layer : ('' as LayerId);
      expect(caption(model, step, index, 'en').title).toContain(STRINGS.en.records(truth[layer].total + LIE));
      expect(notes(model, index, 'en').count).toBe(truth[layer].total + LIE);
    }
  });

  it('the district list, the district panel, the export menu, the deck and the matrix repeat what countByDistrict says', () => {
    const honest = loadRealModel();
    const truth = join.countByDistrict(honest, ALL);
    const model = lyingModel();
    const list = listCounts(render(model, <DistrictList />));
    for (const slug of DISTRICT_SLUGS) {
      expect(list[slug], slug).toBe(truth[slug].total + LIE);
      expect(exportCount(model, { district: slug }), slug).toBe(truth[slug].total + LIE);
      expect(textOf(render(model, <DistrictPanel slug={slug} />))).toContain(
        STRINGS.zh.recordsIn(truth[slug].total + LIE),
      );
    }
    for (const { step, index } of stepsOf(honest, 'district')) {
      const slug = step.focus.type === 'district' ? step.focus.district : ('' as DistrictSlug);
      expect(notes(model, index, 'zh').count, step.id).toBe(truth[slug].total + LIE);
    }
    const cells = matrixCells(render(model, <Matrix />));
    expect(Object.keys(cells).length).toBeGreaterThan(0);
    for (const [key, n] of Object.entries(cells)) {
      const [slug, industry] = key.split(':') as [DistrictSlug, string];
      expect(n, key).toBe((truth[slug].byIndustry[industry] ?? 0) + LIE);
    }
  });
});
