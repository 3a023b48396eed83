import { useCallback, useEffect, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { loadOnce, useChunk } from '../chunk';
import { useAtlas } from '../context';

type Sheet = ComponentType;

/** The handout's chunk, fetched once. */
const loadSheet = loadOnce(() => import('./PrintSheet').then((m) => m.PrintSheet));

/**
 * The A4 handout of the selected district or of the regional view, drawn only while the page is printed: from
 * `beforeprint` (Ctrl+P, the export menu's print) to `afterprint`. Nothing of it renders
 * while people use the app. The browser lays the page out for paper right after
 * `beforeprint`, so the handout is rendered synchronously there; its chunk is fetched
 * once a district or the regional view is shown, so that it is at hand when printing starts.
 */
export function PrintHandout() {
  // A district's handout, or the regional view's (the map of China with its inset).
  const district = useAtlas((s) => s.district !== null || s.mapView === 'region');
  const [sheet, setSheet] = useState<Sheet | null>(null);
  // A function is a state updater to React: the component is handed over in one.
  const got = useCallback((c: Sheet) => setSheet(() => c), []);
  useChunk(loadSheet, district && sheet === null && 'shown', got, 'the printed handout');
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const Printed = printing && district ? sheet : null;
  return Printed ? <Printed /> : null;
}
