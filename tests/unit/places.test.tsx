/**
 * The districts of a named place (issue 17): where the report says which district a place
 * is in, our table quotes those words; where it does not (漕河泾开发区 is named only as one
 * of the city's clusters), the record panel says that the districts are the atlas's.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { districtsNotInSource, NAMED_PLACES } from '../../src/domain/places';
import { normaliseSource } from '../../src/domain/source';
import type { Lang } from '../../src/vocabulary';
import { createHoverStore } from '../../src/store/hover';
import { createAtlasStore, type AtlasStore } from '../../src/store/store';
import { HoverContext, ModelContext, StoreContext } from '../../src/ui/context';
import { RecordPanel } from '../../src/ui/RecordPanel';
import { loadRealData, loadRealModel } from './fixtures/real-data';

const source = normaliseSource(loadRealData().source);
const model = loadRealModel();
/** A district's name as the report writes it in running text: 浦东新区 → 浦东, 徐汇区 → 徐汇. */
const shortName = (slug: string) =>
  model.districtBySlug[slug as keyof typeof model.districtBySlug].name.zh.replace(/(新区|区)$/, '');
/** The report's sentences (and clauses between semicolons) that name a place. */
const clausesNaming = (place: string) => source.split(/[。；]/).filter((c) => c.includes(place));

describe('where the report puts a named place', () => {
  it.each(NAMED_PLACES.map((p) => [p.name.zh, p] as const))('%s', (_, place) => {
    if (place.districtPhrase === null) {
      // "The report names no district" must be true: no clause naming the place names one of its districts.
      const clauses = clausesNaming(place.name.zh);
      expect(clauses.length).toBeGreaterThan(0);
      for (const d of place.districts) for (const c of clauses) expect(c).not.toContain(shortName(d));
    } else {
      expect(source).toContain(place.districtPhrase);
      expect(place.districtPhrase).toContain(place.name.zh);
      for (const d of place.districts) expect(place.districtPhrase).toContain(shortName(d));
    }
  });
});

describe('records whose districts the report does not give', () => {
  const flagged = model.records.filter((r) => districtsNotInSource(r));

  it('are the records of the places it names without a district, and only those', () => {
    const unnamed = NAMED_PLACES.filter((p) => p.districtPhrase === null).map((p) => p.name.zh);
    expect(unnamed).toContain('漕河泾开发区');
    const caohejing = model.records.filter((r) => r.quote.includes('漕河泾开发区'));
    expect(caohejing.length).toBeGreaterThan(0);
    for (const r of caohejing) expect(flagged).toContain(r);
    for (const r of flagged) expect(unnamed.some((p) => r.quote.includes(p))).toBe(true);
    // Lingang's district is in the report (浦东临港): its records carry no such note.
    const lingang = model.records.filter((r) => r.quote.includes('临港') && r.location?.precision === 'approximate');
    expect(lingang.length).toBeGreaterThan(0);
    for (const r of lingang) expect(flagged).not.toContain(r);
  });

  function panelText(id: string, lang: Lang): string {
    const store = createAtlasStore({ lang });
    const ssr: AtlasStore = { ...store, getInitialState: store.getState };
    const hover = createHoverStore();
    const html = renderToStaticMarkup(
      <ModelContext.Provider value={model}>
        <StoreContext.Provider value={ssr}>
          <HoverContext.Provider value={{ ...hover, getInitialState: hover.getState }}>
            <RecordPanel id={id} />
          </HoverContext.Provider>
        </StoreContext.Provider>
      </ModelContext.Provider>,
    );
    return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  }

  it('say so in the record panel, in both languages, naming the place and its districts', () => {
    const r = model.records.find((x) => x.quote.includes('漕河泾开发区'));
    if (!r) throw new Error('no Caohejing record');
    const zh = panelText(r.id, 'zh');
    expect(zh).toContain('原文未写明漕河泾开发区所属的区');
    expect(zh).toContain('徐汇区、闵行区');
    const en = panelText(r.id, 'en');
    expect(en).toContain('does not say which district Caohejing Development Zone is in');
    expect(en).toContain('Xuhui, Minhang');
    // A record whose district the report gives has no such note.
    const lingang = model.records.find((x) => x.quote.includes('浦东临港'));
    if (!lingang) throw new Error('no Lingang record');
    expect(panelText(lingang.id, 'zh')).not.toContain('原文未写明');
  });
});
