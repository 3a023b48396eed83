import type { Figure } from '../domain/schema';
import { formatFigure, formatPercent } from '../domain/format';
import { useAtlas, useStrings } from './context';

/** A record's figures in the source's units (Chinese) or in words (English). */
export function Figures({ figures, large = false }: { figures: Figure[]; large?: boolean }) {
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
            {f.yoy !== undefined && <span className="figure-yoy">{t.yoy(formatPercent(f.yoy))}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
