/**
 * PEER: the districts as most Chinese dashboards draw them — the full ECharts bundle, the
 * GeoJSON registered with `echarts.registerMap`, one `map` series coloured by a value
 * (each district's area) through a visualMap. Same polygons as the app, full window,
 * ECharts' default (canvas) renderer and animation.
 */
import * as echarts from 'echarts';
import districtsText from '../../geo/districts.geojson?raw';
import { marks } from '../probe/probe';

interface DistrictProps {
  name_zh: string;
  area_km2: number;
}

const b = marks();
const geo = JSON.parse(districtsText) as GeoJSON.FeatureCollection<GeoJSON.Geometry, DistrictProps>;
const el = document.getElementById('chart');
if (!el) throw new Error('no #chart element');

// ECharts types registerMap's GeoJSON loosely; the file is a plain FeatureCollection.
echarts.registerMap('shanghai', geo as unknown as Parameters<typeof echarts.registerMap>[1]);
const chart = echarts.init(el);
chart.on('rendered', () => {
  if (b.echartsRenderedAt === undefined) {
    b.echartsRenderedAt = performance.now();
    b.canvas = { width: el.clientWidth, height: el.clientHeight };
  }
});
chart.on('finished', () => {
  b.echartsFinishedAt ??= performance.now();
});
const data = geo.features.map((f) => ({ name: f.properties.name_zh, value: f.properties.area_km2 }));
const values = data.map((d) => d.value);
chart.setOption({
  tooltip: { trigger: 'item' },
  visualMap: {
    min: Math.min(...values),
    max: Math.max(...values),
    left: 24,
    bottom: 24,
    calculable: true,
    inRange: { color: ['#f5f3ee', '#9ecae1', '#08519c'] },
  },
  series: [
    {
      type: 'map',
      map: 'shanghai',
      nameProperty: 'name_zh',
      roam: true,
      label: { show: false },
      data,
    },
  ],
});
window.addEventListener('resize', () => chart.resize());
