import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { DistrictPanel } from './DistrictPanel';
import { Overview } from './Overview';
import { RecordPanel } from './RecordPanel';
import { SheetBar, type SheetSize } from './SheetBar';
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
  const back = useAtlas((s) => s.back);
  const key = record ?? district ?? 'city';
  // As a bottom sheet: the city's overview peeks, a selection opens half way; the user's
  // choice holds until the selection changes.
  const open = record !== null || district !== null || mapView === 'region';
  const sheetKey = `${key}|${mapView}`;
  const [sheet, setSheet] = useState<{ at: string; size: SheetSize }>({ at: sheetKey, size: open ? 'half' : 'peek' });
  const size: SheetSize = sheet.at === sheetKey ? sheet.size : open ? 'half' : 'peek';
  const shown = useRef(record);
  useEffect(() => {
    if (record && record !== shown.current) focusPanelHeading();
    shown.current = record;
  }, [record]);
  return (
    <aside className="panel" id={PANEL_ID} aria-label={t.overview} data-sheet={size} data-map-obstacle="">
      <SheetBar
        size={size}
        onSize={(next) => setSheet({ at: sheetKey, size: next })}
        onClose={record || district ? back : null}
      />
      {/* Where the panel is a bottom sheet, what the map frames keeps clear of its peek and, with a
          selection, of its half height (MapView reads the selection from the store, as framing
          runs before this renders). */}
      <div className="sheet-inset sheet-inset-peek" data-map-inset="peek" aria-hidden="true" />
      <div className="sheet-inset sheet-inset-half" data-map-inset="sheet" aria-hidden="true" />
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
