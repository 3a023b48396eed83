/**
 * China's provinces beyond Jiangsu and Zhejiang, and the borders between them: only the
 * regional view and a city view zoomed far out show them, so they are a chunk of their
 * own, loaded the first time either asks and kept.
 */
import type { BordersFile, ChinaFile } from '../domain/schema';
import { CHINA_SHAPES, featuresOf, topologyProblems, type Shapes } from './shapes.ts';

export interface ChinaLayer {
  china: ChinaFile;
  /** Borders between provinces other than Jiangsu and Zhejiang. */
  borders: BordersFile;
  /**
   * The islands drawn as dots, [lng, lat]: those of geo/islands.json too small for an
   * outline (Diaoyu Dao, Chiwei Yu, the South China Sea's), which the build made points.
   */
  dots: readonly (readonly [number, number])[];
}

/** The layer from its topology; throws, naming the chunk, if the build wrote something else. */
export function chinaFromShapes(shapes: Shapes): ChinaLayer {
  const problems = topologyProblems(shapes, Object.values(CHINA_SHAPES));
  if (problems.length > 0) throw new Error(`virtual:atlas-china: ${problems.join('; ')}`);
  const china = { type: 'FeatureCollection', features: featuresOf(shapes, CHINA_SHAPES.china) } as ChinaFile;
  return {
    china,
    borders: { type: 'FeatureCollection', features: featuresOf(shapes, CHINA_SHAPES.borders) } as BordersFile,
    dots: islandDots(china),
  };
}

/** The points of China's file: its islands drawn as dots. */
export function islandDots(china: ChinaFile): [number, number][] {
  return china.features.flatMap((f) =>
    f.geometry.type === 'Point' ? [[f.geometry.coordinates[0], f.geometry.coordinates[1]] as [number, number]] : [],
  );
}

/** Fetches the chunk alone, not read yet (ui/warm-chunks.ts fetches it ahead). */
export const fetchChinaChunk = () => import('virtual:atlas-china');

let loading: Promise<ChinaLayer> | null = null;
let loaded: ChinaLayer | null = null;
let failed = false;

/**
 * Loads China's outline, once. A failed load (the link dropped, or the server went away, before
 * the service worker kept the chunk: an intranet over plain http has none) stays failed for
 * every asker until one passes `retry`: the map does when the view or the zoom changes, or the
 * link comes back, so a pan does not fetch again on every frame.
 */
export function loadChina(retry = false): Promise<ChinaLayer> {
  if (retry && failed) loading = null;
  loading ??= fetchChinaChunk().then(
    (m) => {
      failed = false;
      loaded = chinaFromShapes(m.default);
      return loaded;
    },
    (e: unknown) => {
      failed = true;
      throw e;
    },
  );
  return loading;
}

/** China's outline if it has been loaded, else null. */
export function chinaIfLoaded(): ChinaLayer | null {
  return loaded;
}

/** Below this zoom the city view shows land beyond Jiangsu and Zhejiang, so it needs China's outline. */
export const CHINA_BELOW_ZOOM = 8;
