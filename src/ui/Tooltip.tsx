import { useAtlas, useHover, useModel, useStrings } from './context';
import { useFiltered } from './derived';

/** Follows the pointer over the map: district name and counts, or a record's name. */
export function Tooltip() {
  const t = useStrings();
  const model = useModel();
  const lang = useAtlas((s) => s.lang);
  const hover = useHover((s) => s.hover);
  const { byDistrict } = useFiltered();
  if (!hover?.at) return null;
  let title: string;
  let detail: string;
  if (hover.record) {
    const r = model.recordById[hover.record];
    if (!r) return null;
    title = r.name[lang];
    detail = `${t.layerNames[r.layer]} · ${t.kindNames[r.kind]}`;
  } else if (hover.district) {
    title = model.districtBySlug[hover.district].name[lang];
    detail = t.records(byDistrict[hover.district].total);
  } else if (hover.cluster > 0) {
    title = t.records(hover.cluster);
    detail = t.cluster;
  } else return null;
  return (
    <div className="tooltip" style={{ left: hover.at.x + 14, top: hover.at.y + 14 }} role="presentation">
      <strong>{title}</strong>
      <span>{detail}</span>
    </div>
  );
}
