import { useAtlas, useStrings } from './context';

/** Switches the map between the city's districts and Shanghai's links across China. */
export function ViewSwitch() {
  const t = useStrings();
  const view = useAtlas((s) => s.mapView);
  const setMapView = useAtlas((s) => s.setMapView);
  return (
    <div className="view-switch" role="group" aria-label={t.views.label} data-map-inset="" data-map-obstacle="">
      {(['city', 'region'] as const).map((v) => (
        <button key={v} type="button" aria-pressed={view === v} data-view-switch={v} onClick={() => setMapView(v)}>
          {t.views[v]}
        </button>
      ))}
    </div>
  );
}
