import { lazy, Suspense, useEffect, useRef } from 'react';
import { DistrictPanel } from './DistrictPanel';
import { Overview } from './Overview';
import { RecordPanel } from './RecordPanel';
import { useAtlas, useStrings } from './context';
import { focusPanelHeading, PANEL_ID } from './focus';

// The regional view, with China's outline, is a chunk of its own.
const RegionPanel = lazy(() => import('./RegionPanel').then((m) => ({ default: m.RegionPanel })));

/**
 * The right column: a record, else a district, else the city overview. Opening a record
 * (with Enter on a list, a click, search, back or forward) moves focus to its heading, as
 * the button that opened it may be gone; the record a link opens at load takes no focus.
 */
export function Panel() {
  const t = useStrings();
  const district = useAtlas((s) => s.district);
  const record = useAtlas((s) => s.record);
  const mapView = useAtlas((s) => s.mapView);
  const key = record ?? district ?? 'city';
  const shown = useRef(record);
  useEffect(() => {
    if (record && record !== shown.current) focusPanelHeading();
    shown.current = record;
  }, [record]);
  return (
    <aside className="panel" id={PANEL_ID} aria-label={t.overview}>
      {record ? (
        <RecordPanel key={key} id={record} />
      ) : mapView === 'region' ? (
        <Suspense fallback={null}>
          <RegionPanel />
        </Suspense>
      ) : district ? (
        <DistrictPanel key={key} slug={district} />
      ) : (
        <Overview />
      )}
    </aside>
  );
}
