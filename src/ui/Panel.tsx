import { DistrictPanel } from './DistrictPanel';
import { Overview } from './Overview';
import { RecordPanel } from './RecordPanel';
import { RegionPanel } from './RegionPanel';
import { useAtlas, useStrings } from './context';

/** The right column: a record, else a district, else the city overview. */
export function Panel() {
  const t = useStrings();
  const district = useAtlas((s) => s.district);
  const record = useAtlas((s) => s.record);
  const mapView = useAtlas((s) => s.mapView);
  const key = record ?? district ?? 'city';
  return (
    <aside className="panel" aria-label={t.overview}>
      {record ? (
        <RecordPanel key={key} id={record} />
      ) : mapView === 'region' ? (
        <RegionPanel />
      ) : district ? (
        <DistrictPanel key={key} slug={district} />
      ) : (
        <Overview />
      )}
    </aside>
  );
}
