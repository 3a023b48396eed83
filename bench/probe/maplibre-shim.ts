/**
 * Bench builds only: the app's `import { Map } from 'maplibre-gl'` resolves here (see
 * bench/vite.app.config.ts), to MapLibre's own Map with the timing probe attached. Every
 * other export is MapLibre's, unchanged.
 */
import { Map as MlMap, type MapOptions } from 'maplibre-gl';
import { watchMap } from './probe';

export * from 'maplibre-gl';

export class Map extends MlMap {
  constructor(options: MapOptions) {
    super(options);
    watchMap(this);
  }
}
