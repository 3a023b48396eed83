/**
 * One computation of every count. Each place that shows how many records a layer, a
 * district or an industry has — the layers panel, the overview, the district list and
 * panel, the deck's steps, the presenter notes, the matrix, the export menu — is drawn
 * here with React's server renderer and read back as a DOM (happy-dom), its text compared
 * whole with the interface's own words (STRINGS). On the real data every number must
 * equal the one count function of its kind (countByLayer, countByDistrict), so all agree;
 * on a hand-made atlas (fixtures/mini-atlas.ts) every number must be the one its records
 * give, counted by hand.
 */
import type { ReactNode } from 'react';
import { Window } from 'happy-dom';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { countByDistrict, countByLayer, joinAtlas } from '../../src/domain/join';
import { countInFilter } from '../../src/domain/filtered';
import { buildIndustryMatrix, shownPart } from '../../src/domain/matrix';
import { DISTRICT_SLUGS, LAYER_IDS, SCOPES, type DistrictSlug, type LayerId } from '../../src/domain/schema';
import { buildTour, type TourStep } from '../../src/domain/tour';
import { STRINGS } from '../../src/i18n/strings';
import { LANGS, LANGUAGES, type Lang } from '../../src/vocabulary';
import { createHoverStore } from '../../src/store/hover';
import { createAtlasStore, type AtlasStore } from '../../src/store/store';
import type { ViewState } from '../../src/store/view-state';
import { HoverContext, ModelContext, StoreContext, TourContext } from '../../src/ui/context';
import { DistrictList } from '../../src/ui/DistrictList';
import { DistrictPanel } from '../../src/ui/DistrictPanel';
import { ExportMenuBody } from '../../src/ui/export/ExportMenuBody';
import { Matrix } from '../../src/ui/Matrix';
import { Overview } from '../../src/ui/Overview';
import { Caption, MATRIX_ROWS } from '../../src/ui/presentation/Caption';
import { PresenterView } from '../../src/ui/presentation/PresenterView';
import { Sidebar } from '../../src/ui/Sidebar';
import { miniAtlas } from './fixtures/mini-atlas';
import { loadRealModel } from './fixtures/real-data';
import { DECK } from '../../src/i18n/deck-strings';

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

function byTestId(root: Element, id: string): number {
  return Number(textOf(one(root, `[data-testid="${id}"]`)));
}

/** What each district-list button's count says, by district. */
function listCounts(root: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const b of root.querySelectorAll('button[data-district]'))
    out[b.getAttribute('data-district') ?? ''] = textOf(one(b, '.count'));
  return out;
}

/** "n records" as the interface words it, for each district: what the district list should say. */
function recordsBy(counts: Record<DistrictSlug, { total: number }>, lang: Lang = 'zh'): Record<string, string> {
  return Object.fromEntries(DISTRICT_SLUGS.map((s) => [s, STRINGS[lang].records(counts[s].total)]));
}

/** The number on each matrix cell, by "district:industry". */
function matrixCells(root: Element): Record<string, number> {
  const out: Record<string, number> = {};
  // A button at the desk; on the deck's card a number the room reads (the table's headers name it).
  for (const cell of root.querySelectorAll('[data-cell]')) {
    const n = textOf(cell).trim();
    // An empty cell (no record) says nothing.
    if (n !== '') out[cell.getAttribute('data-cell') ?? ''] = Number(n);
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

/** The presenter view of a step: what the notes' heading says of their count, and how many notes there are. */
function notes(model: Model, index: number, lang: Lang) {
  const root = render(model, <PresenterView />, { lang, presenting: true, step: index });
  const heading = root.querySelector('h2 > .count');
  const list = one(root, 'ol.presenter-notes');
  return {
    count: heading ? textOf(heading) : null,
    items: [...list.children].filter((c) => c.tagName === 'LI').length,
  };
}

/** The notes' heading for n records, as the interface words it. */
function notesCount(lang: Lang, n: number): string {
  return ` · ${STRINGS[lang].records(n)}`;
}

function exportCount(model: Model, view: Partial<ViewState>): number {
  const count = one(
    render(model, <ExportMenuBody busy={false} setBusy={() => {}} close={() => {}} />, view),
    '[data-testid="export-scope"]',
  ).getAttribute('data-count');
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
      const counts = countByLayer(model, industries);
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
      const counts = countByLayer(model, []);
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
          DECK[lang].breakdown(parts.map((s) => DECK[lang].inScope[s](c.byScope[s]))),
        );
        expect(
          parts.reduce((n, s) => n + c.byScope[s], 0),
          step.id,
        ).toBe(c.total);
        const n = notes(model, index, lang);
        expect(n.count, `${step.id} notes heading`).toBe(notesCount(lang, c.total));
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
      const counts = countByDistrict(model, f);
      const view = { layers: [...f.layers], industries: [...f.industries] };
      expect(listCounts(render(model, <DistrictList />, view))).toEqual(recordsBy(counts));
      const leading = one(render(model, <Overview />, view), 'ol.leading').querySelectorAll('li');
      expect(leading.length).toBeGreaterThan(0);
      for (const li of leading) {
        const name = textOf(li.querySelector('button'));
        const d = model.districts.find((x) => x.name.zh === name);
        expect(d, name).toBeDefined();
        if (d) expect(textOf(li.querySelector('.count')), d.slug).toBe(STRINGS.zh.records(counts[d.slug].total));
      }
      for (const slug of DISTRICT_SLUGS) {
        expect(exportCount(model, { ...view, district: slug }), `export ${slug}`).toBe(counts[slug].total);
        const head = textOf(one(render(model, <DistrictPanel slug={slug} />, view), 'span.count'));
        const all = countByDistrict(model, ALL)[slug].total;
        expect(head, slug).toBe(counts[slug].total === all ? String(all) : `${counts[slug].total} / ${all}`);
      }
    }
    const all = countByDistrict(model, ALL);
    for (const slug of DISTRICT_SLUGS)
      expect(textOf(render(model, <DistrictPanel slug={slug} />))).toContain(STRINGS.zh.recordsIn(all[slug].total));
  });

  it("districts: a district step's notes are that district's records; a layer step's top districts are the layer's counts", () => {
    const all = countByDistrict(model, ALL);
    for (const { step, index } of stepsOf(model, 'district')) {
      const slug = step.focus.type === 'district' ? step.focus.district : ('' as DistrictSlug);
      const n = notes(model, index, 'en');
      expect(n.count, step.id).toBe(notesCount('en', all[slug].total));
      expect(n.items, step.id).toBe(all[slug].total);
    }
    for (const { step, index } of stepsOf(model, 'layer')) {
      const layer = step.focus.type === 'layer' ? step.focus.layer : ('' as LayerId);
      const counts = countByDistrict(model, { layers: [layer], industries: [] });
      const top =
        [...caption(model, step, index, 'en').root.querySelectorAll('p.caption-lead')]
          .map(textOf)
          .find((t) => t.startsWith(DECK.en.topDistricts)) ?? '';
      // The three districts with the most, ranked as the district list ranks them, each with its count.
      const ranked = model.districts
        .filter((d) => counts[d.slug].total > 0)
        .sort((a, b) => counts[b.slug].total - counts[a.slug].total || a.adcode - b.adcode)
        .slice(0, 3)
        .map((d) => `${d.name.en} ${counts[d.slug].total}`);
      expect(top, step.id).toBe(`${DECK.en.topDistricts}: ${ranked.join(LANGUAGES.en.listSeparator)}`);
    }
  });

  it('regional and international steps: the headline and the notes count the same records', () => {
    for (const { step, index } of stepsOf(model, 'beyond')) {
      const scope = step.focus.type === 'beyond' ? step.focus.scope : 'region';
      const total = LAYER_IDS.reduce((n, l) => n + countByLayer(model, [])[l].byScope[scope], 0);
      expect(caption(model, step, index, 'en').title).toContain(STRINGS.en.records(total));
      expect(notes(model, index, 'en')).toEqual({ count: notesCount('en', total), items: total });
    }
  });

  it("industries: every matrix cell is countByDistrict's, in the overview and in the deck's subset, which says so", () => {
    const counts = countByDistrict(model, ALL);
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

/**
 * The mini atlas's counts, by hand from its records (fixtures/mini-atlas.ts): a (huangpu, clusters,
 * biomedicine), b (huangpu, funds, chips), c (huangpu and xuhui, platforms, both industries),
 * d (xuhui, clusters), e (city-wide, reforms, biomedicine), and ten events in hongkou.
 */
const MINI = {
  byLayer: { clusters: 2, funds: 1, platforms: 1, projects: 0, reforms: 1, events: 10 },
  byLayerBiomedicine: { clusters: 1, funds: 0, platforms: 1, projects: 0, reforms: 1, events: 0 },
  byDistrict: { huangpu: 3, xuhui: 2, hongkou: 10 },
  byDistrictClustersAndFunds: { huangpu: 2, xuhui: 1, hongkou: 0 },
  cells: { 'huangpu:biomedicine': 2, 'huangpu:ic-sensors': 2, 'xuhui:biomedicine': 1, 'xuhui:ic-sensors': 1 },
} as const satisfies {
  byLayer: Record<LayerId, number>;
  byLayerBiomedicine: Record<LayerId, number>;
  byDistrict: Partial<Record<DistrictSlug, number>>;
  byDistrictClustersAndFunds: Partial<Record<DistrictSlug, number>>;
  cells: Record<string, number>;
};

describe('on a hand-made atlas, every count shown is the one its records give', () => {
  let model: Model;
  beforeAll(() => {
    model = joinAtlas(miniAtlas());
  });
  const slugs = Object.keys(MINI.byDistrict) as DistrictSlug[];

  it.each([
    ['every industry', [], MINI.byLayer],
    ['biomedicine', ['biomedicine'], MINI.byLayerBiomedicine],
  ] as const)('layers (%s): the panel, the overview and the export menu', (_, industries, expected) => {
    const view = { industries: [...industries] };
    const sidebar = render(model, <Sidebar />, view);
    const overview = render(model, <Overview />, view);
    for (const l of LAYER_IDS) {
      expect(byTestId(sidebar, `layer-count-${l}`), `panel ${l}`).toBe(expected[l]);
      expect(byTestId(overview, `overview-layer-count-${l}`), `overview ${l}`).toBe(expected[l]);
      expect(exportCount(model, { ...view, layers: [l] }), `export ${l}`).toBe(expected[l]);
    }
  });

  it('districts: the list, the district panel and the export menu, for every layer and for two', () => {
    const some: LayerId[] = ['clusters', 'funds'];
    const said = (counts: Partial<Record<DistrictSlug, number>>) =>
      Object.fromEntries(slugs.map((d) => [d, STRINGS.zh.records(counts[d] ?? NaN)]));
    expect(listCounts(render(model, <DistrictList />))).toEqual(said(MINI.byDistrict));
    expect(listCounts(render(model, <DistrictList />, { layers: some }))).toEqual(
      said(MINI.byDistrictClustersAndFunds),
    );
    for (const d of slugs) {
      const all = MINI.byDistrict[d as keyof typeof MINI.byDistrict];
      const inSome = MINI.byDistrictClustersAndFunds[d as keyof typeof MINI.byDistrict];
      expect(exportCount(model, { district: d }), d).toBe(all);
      expect(exportCount(model, { district: d, layers: some }), d).toBe(inSome);
      expect(textOf(one(render(model, <DistrictPanel slug={d} />), 'span.count')), d).toBe(String(all));
      expect(textOf(one(render(model, <DistrictPanel slug={d} />, { layers: some }), 'span.count')), d).toBe(
        `${inSome} / ${all}`,
      );
    }
  });

  it("the matrix's cells and the deck's notes", () => {
    expect(matrixCells(render(model, <Matrix />))).toEqual(MINI.cells);
    const steps = stepsOf(model, 'layer');
    expect(steps.length).toBeGreaterThan(0);
    for (const { step, index } of steps) {
      const layer = step.focus.type === 'layer' ? step.focus.layer : ('' as LayerId);
      expect(notes(model, index, 'en'), step.id).toEqual({
        count: notesCount('en', MINI.byLayer[layer]),
        items: MINI.byLayer[layer],
      });
    }
  });
});
