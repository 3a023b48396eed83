import { DistrictPanel } from './DistrictPanel';
import { Overview } from './Overview';
import { RecordPanel } from './RecordPanel';
import { useAtlas, useStrings } from './context';

/** The right column: a record, else a district, else the city overview. */
export function Panel() {
  const t = useStrings();
  const district = useAtlas((s) => s.district);
  const record = useAtlas((s) => s.record);
  const key = record ?? district ?? 'city';
  return (
    <aside className="panel" aria-label={t.overview}>
      {record ? (
        <RecordPanel key={key} id={record} />
      ) : district ? (
        <DistrictPanel key={key} slug={district} />
      ) : (
        <Overview />
      )}
    </aside>
  );
}
