import { useMemo } from 'react';
import { useAtlas, useModel, useStrings } from './context';
import { useFiltered } from './derived';
import { focusPanelHeading, PANEL_ID } from './focus';

/**
 * All 16 districts as buttons, sorted by records in the filter: the map's keyboard twin.
 * A skip link before them leads straight to the panel.
 */
export function DistrictList() {
  const t = useStrings();
  const model = useModel();
  const lang = useAtlas((s) => s.lang);
  const selected = useAtlas((s) => s.district);
  const select = useAtlas((s) => s.selectDistrict);
  const { byDistrict } = useFiltered();
  const sorted = useMemo(
    () =>
      model.districts
        .slice()
        .sort((a, b) => byDistrict[b.slug].total - byDistrict[a.slug].total || a.adcode - b.adcode),
    [model, byDistrict],
  );
  return (
    <nav className="box" aria-labelledby="districts-h">
      <h2 id="districts-h">{t.districts}</h2>
      <p className="hint">{t.districtsHint}</p>
      <a
        className="skip-link"
        href={`#${PANEL_ID}`}
        data-testid="skip-to-panel"
        onClick={(e) => {
          // Focus the panel's heading rather than follow the link: the URL's hash stays clean.
          if (focusPanelHeading()) e.preventDefault();
        }}
      >
        {t.skipToPanel}
      </a>
      <ul className="district-list">
        {sorted.map((d) => (
          <li key={d.slug}>
            <button
              type="button"
              data-district={d.slug}
              aria-current={selected === d.slug ? 'true' : undefined}
              onClick={() => select(selected === d.slug ? null : d.slug)}
            >
              <span>{d.name[lang]}</span>
              <span className="count">{t.records(byDistrict[d.slug].total)}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
