/**
 * China's provinces beyond Jiangsu and Zhejiang, and the borders between them: only the
 * regional view and a city view zoomed far out show them, so they are a chunk of their
 * own, loaded the first time either asks and kept.
 */
import type { BordersFile, ChinaFile } from '../domain/schema';

export interface ChinaLayer {
  china: ChinaFile;
  /** Borders between provinces other than Jiangsu and Zhejiang. */
  borders: BordersFile;
}

let loading: Promise<ChinaLayer> | null = null;
let loaded: ChinaLayer | null = null;

/** Loads China's outline (once). */
export function loadChina(): Promise<ChinaLayer> {
  loading ??= import('virtual:atlas-china').then((m) => {
    loaded = m.default;
    return m.default;
  });
  return loading;
}

/** China's outline if it has been loaded, else null. */
export function chinaIfLoaded(): ChinaLayer | null {
  return loaded;
}

/** Below this zoom the city view shows land beyond Jiangsu and Zhejiang, so it needs China's outline. */
export const CHINA_BELOW_ZOOM = 8;
