/**
 * FLOOR: the least a MapLibre page can do to show the districts — the same polygons
 * (geo/districts.geojson, embedded like the app embeds its data), one fill and one line
 * layer, no labels, no controls, framed like the app frames the city. Full window.
 */
import { Map as MlMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import districtsText from '../../geo/districts.geojson?raw';
import { watchMap } from '../probe/probe';

setWorkerUrl(workerUrl);

const districts = JSON.parse(districtsText) as GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
for (const f of districts.features) {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const polygon of polygons)
    for (const ring of polygon)
      for (const [x = 0, y = 0] of ring) {
        w = Math.min(w, x);
        s = Math.min(s, y);
        e = Math.max(e, x);
        n = Math.max(n, y);
      }
}

const container = document.getElementById('map');
if (!container) throw new Error('no #map element');
// The app frames the city with a margin of 6% of the map's shorter side (src/map/adapter.ts).
const padding = Math.round(Math.min(container.clientWidth, container.clientHeight) * 0.06);

const map = new MlMap({
  container,
  attributionControl: false,
  bounds: [
    [w, s],
    [e, n],
  ],
  fitBoundsOptions: { padding },
  style: {
    version: 8,
    sources: { districts: { type: 'geojson', data: districts } },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#d7e3ea' } },
      { id: 'district-fill', type: 'fill', source: 'districts', paint: { 'fill-color': '#f5f3ee' } },
      { id: 'district-line', type: 'line', source: 'districts', paint: { 'line-color': '#9ca3af', 'line-width': 1 } },
    ],
  },
});
watchMap(map);
