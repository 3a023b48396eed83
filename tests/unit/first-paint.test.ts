import { describe, expect, it } from 'vitest';
import { countByDistrict } from '../../src/domain/join';
import { LAYER_IDS } from '../../src/vocabulary';
import { datasetChoropleth } from '../../src/map/choropleth';
import { firstPaintHtml, firstPaintSvg } from '../../tools/first-paint';
import { loadRealModel } from './fixtures/real-data';

describe('the first paint built into index.html', () => {
  it('draws all 16 districts in the colours of the default view, fitted to any box', () => {
    const model = loadRealModel();
    const svg = firstPaintSvg(model);
    expect(svg).toMatch(/^<svg data-first-paint="" viewBox="0 0 \d+ \d+" preserveAspectRatio="xMidYMid meet"/);
    const counts = countByDistrict(model, { layers: LAYER_IDS, industries: [] });
    const scheme = datasetChoropleth(model, 'light');
    for (const d of model.districts) {
      const path = new RegExp(`<path data-district="${d.slug}" fill="(#[0-9a-f]{6})" d="M[^"]+Z"/>`).exec(svg);
      expect(path, d.slug).not.toBeNull();
      expect(path?.[1], d.slug).toBe(scheme.colourOf(counts[d.slug].total));
    }
  });

  it('lays the page out as the app does, so the map does not move when the app takes over', () => {
    const html = firstPaintHtml(loadRealModel());
    for (const cls of ['app theme-light', 'header', 'main', 'map-wrap', 'svg-map', 'sidebar', 'panel', 'attribution'])
      expect(html).toContain(`class="${cls}`);
    expect(html).toContain('上海科技创新地图');
  });
});
