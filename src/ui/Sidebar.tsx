import { LAYER_IDS } from '../vocabulary';
import { LAYER_SYMBOLS } from '../map/palette';
import { DistrictList } from './DistrictList';
import { MENU_ID } from './Header';
import { SymbolIcon } from './SymbolIcon';
import { useAtlas, useModel, useStrings } from './context';
import { useFiltered } from './derived';

function LayerToggles() {
  const t = useStrings();
  const layers = useAtlas((s) => s.layers);
  const toggle = useAtlas((s) => s.toggleLayer);
  const { byLayer } = useFiltered();
  return (
    <section className="box" aria-labelledby="layers-h">
      <h2 id="layers-h">{t.layers}</h2>
      <ul className="toggles">
        {LAYER_IDS.map((l) => (
          <li key={l}>
            <label className="toggle" style={{ ['--c' as string]: LAYER_SYMBOLS[l].colour }}>
              <input type="checkbox" checked={layers.includes(l)} onChange={() => toggle(l)} data-layer={l} />
              <SymbolIcon layer={l} precision="site" />
              <span className="toggle-name">{t.layerNames[l]}</span>
              <span className="count" data-testid={`layer-count-${l}`}>
                {byLayer[l].total}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}

function IndustryFilter() {
  const t = useStrings();
  const model = useModel();
  const lang = useAtlas((s) => s.lang);
  const picked = useAtlas((s) => s.industries);
  const toggle = useAtlas((s) => s.toggleIndustry);
  const clear = useAtlas((s) => s.clearIndustries);
  return (
    <section className="box" aria-labelledby="industries-h">
      <div className="box-head">
        <h2 id="industries-h">{t.industries}</h2>
        <button type="button" className="link" onClick={clear} disabled={picked.length === 0}>
          {t.clearIndustries}
        </button>
      </div>
      <p className="hint">{t.industriesHint}</p>
      <div className="chips" role="group" aria-labelledby="industries-h">
        {model.industries.map((i) => (
          <button
            key={i.id}
            type="button"
            className="chip"
            aria-pressed={picked.includes(i.id)}
            data-industry={i.id}
            style={{ ['--c' as string]: i.colour }}
            onClick={() => toggle(i.id)}
          >
            <span className="chip-dot" aria-hidden="true" />
            {i.label[lang]}
          </button>
        ))}
      </div>
    </section>
  );
}

/**
 * The credit line in full, in the drawer: below the map it is one line, cut short on a
 * phone, and sources and licences must still be readable there (the desk shows it whole).
 */
function Credits() {
  const t = useStrings();
  return (
    <section className="box sidebar-credits" aria-labelledby="credits-h" data-testid="credits">
      <h2 id="credits-h">{t.small.credits}</h2>
      <p>{t.attribution}</p>
    </section>
  );
}

/** Left column: layers, industry filter and the keyboard-operable district list (a drawer below the desk's width). */
export function Sidebar() {
  // The credits wait for the map's first idle (store.ts, Startup), below the fold.
  const startup = useAtlas((s) => s.startup);
  return (
    <aside className="sidebar" id={MENU_ID}>
      <LayerToggles />
      <IndustryFilter />
      <DistrictList />
      {startup === 'done' && <Credits />}
    </aside>
  );
}
