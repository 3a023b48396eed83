import { useMemo, useState } from 'react';
import { buildIndustryMatrix, shownPart } from '../domain/matrix';
import type { DistrictSlug } from '../domain/schema';
import { datasetChoropleth } from '../map/choropleth';
import { readableOn } from '../map/palette';
import { useAtlas, useModel, useStrings, useHover } from './context';

/**
 * Districts × industries: records per cell on the visible layers. Hovering or focusing a
 * cell highlights the district on the map and previews the filter; clicking applies it.
 * With `rows`, only the districts with the most records are shown, and it says so.
 *
 * Nothing moves under the pointer: the preview is drawn over the hint's own box, so a
 * hover never reflows the table between the pointer's move and its press. Every label
 * is shown whole (no hover-only tooltips).
 */
export function Matrix({ rows, deck = false }: { rows?: number; deck?: boolean } = {}) {
  const t = useStrings();
  const model = useModel();
  const lang = useAtlas((s) => s.lang);
  const layers = useAtlas((s) => s.layers);
  const picked = useAtlas((s) => s.industries);
  const toggleIndustry = useAtlas((s) => s.toggleIndustry);
  const setHover = useHover((s) => s.setHover);
  const [preview, setPreview] = useState<{ district: DistrictSlug; industry: string } | null>(null);
  const m = useMemo(() => buildIndustryMatrix(model, layers), [model, layers]);
  const shown = useMemo(() => shownPart(m, rows), [m, rows]);
  // The map's one scheme: a colour means the same number of records in a cell as on a district.
  const scale = datasetChoropleth(
    model,
    useAtlas((s) => s.theme),
  );
  const focus = (district: DistrictSlug, industry: string) => {
    setPreview({ district, industry });
    setHover({ district, record: null, cluster: 0, at: null });
  };
  const blur = () => {
    setPreview(null);
    setHover(null);
  };
  const cell = preview ? (m.cells[preview.district][preview.industry] ?? 0) : 0;
  return (
    <section className="card matrix" aria-labelledby="matrix-h">
      <h3 id="matrix-h">{t.matrix.title}</h3>
      {shown.subset && (
        <p className="matrix-subset" data-testid="matrix-subset">
          {t.matrix.subset(shown.districts.length, shown.of.districts, shown.industries.length, shown.of.industries)}
        </p>
      )}
      <div className="matrix-readout">
        <p className={preview ? 'hint matrix-hint previewing' : 'hint matrix-hint'}>
          {deck ? t.matrix.deckHint : t.matrix.hint}
        </p>
        <p className="hint matrix-preview" aria-live="polite" data-testid="matrix-preview">
          {preview &&
            t.matrix.preview(
              model.districtBySlug[preview.district].name[lang],
              model.industryById[preview.industry]?.label[lang] ?? preview.industry,
              cell,
            )}
        </p>
      </div>
      <div className="matrix-scroll">
        <table onMouseLeave={deck ? undefined : blur}>
          <thead>
            <tr>
              <th scope="col" className="matrix-corner">
                <span className="sr-only">{t.districts}</span>
              </th>
              {shown.industries.map((id) => {
                const ind = model.industryById[id];
                return (
                  <th
                    key={id}
                    scope="col"
                    className={picked.includes(id) ? 'matrix-col picked' : 'matrix-col'}
                    style={{ ['--c' as string]: ind?.colour }}
                  >
                    <span>{ind?.label[lang] ?? id}</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.districts.map((slug) => (
              <tr key={slug}>
                <th scope="row">{model.districtBySlug[slug].name[lang]}</th>
                {shown.industries.map((id) => {
                  const n = m.cells[slug][id] ?? 0;
                  const label = t.matrix.preview(
                    model.districtBySlug[slug].name[lang],
                    model.industryById[id]?.label[lang] ?? id,
                    n,
                  );
                  return (
                    <td key={id} style={n > 0 ? { background: scale.colourOf(n) } : undefined}>
                      {/* On the deck's card the matrix is read, not operated: the step sets the map's filter. */}
                      {n > 0 && deck && (
                        // The table's row and column headers tell a screen reader the district and the industry.
                        <span
                          className="matrix-n"
                          data-cell={`${slug}:${id}`}
                          style={{ color: readableOn(scale.colourOf(n)) }}
                        >
                          {n}
                        </span>
                      )}
                      {n > 0 && !deck && (
                        <button
                          type="button"
                          data-cell={`${slug}:${id}`}
                          aria-label={label}
                          aria-pressed={picked.includes(id)}
                          style={{ color: readableOn(scale.colourOf(n)) }}
                          onMouseEnter={() => focus(slug, id)}
                          onFocus={() => focus(slug, id)}
                          onBlur={blur}
                          onClick={() => toggleIndustry(id)}
                        >
                          {n}
                        </button>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
