import type { Figure } from '../domain/schema';
import { formatFigure, formatPercent, yuanOf } from '../domain/format';
import { SOURCE_LANG } from '../vocabulary';
import { useAtlas, useStrings } from './context';

/**
 * A record's figures in the source's units (Chinese) or in words (English). With
 * `sourceUnits`, English also shows the figure as the source writes it where the words
 * change the number (CNY 2.99 billion · 29.9亿元).
 */
export function Figures({
  figures,
  large = false,
  sourceUnits = false,
}: {
  figures: Figure[];
  large?: boolean;
  sourceUnits?: boolean;
}) {
  const t = useStrings();
  const lang = useAtlas((s) => s.lang);
  if (figures.length === 0) return null;
  return (
    <dl className={large ? 'figures figures-large' : 'figures'}>
      {figures.map((f, i) => (
        <div key={i} className="figure">
          <dt>{f.measure[lang]}</dt>
          <dd>
            <span className="figure-value">{formatFigure(f, lang)}</span>
            {sourceUnits && lang !== SOURCE_LANG && yuanOf(f) !== undefined && (
              <span className="figure-source" lang={SOURCE_LANG}>
                {formatFigure(f, SOURCE_LANG)}
              </span>
            )}
            {f.yoy !== undefined && <span className="figure-yoy">{t.yoy(formatPercent(f.yoy))}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
