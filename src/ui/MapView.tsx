import { useContext, useEffect, useRef, useState } from 'react';
import { AtlasMap } from '../map/adapter';
import { Legend } from './Legend';
import { Tooltip } from './Tooltip';
import { StoreContext, useModel, useStrings } from './context';

declare global {
  interface Window {
    /** Read-only hooks for browser tests: where a coordinate is on screen, and when drawing is done. */
    __atlasMap?: { project: (lng: number, lat: number) => { x: number; y: number }; idle: () => Promise<void> };
  }
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Hosts the map; the adapter does all the map work. */
export function MapView() {
  const t = useStrings();
  const model = useModel();
  const store = useContext(StoreContext);
  const ref = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!ref.current || !store) return;
    const map = new AtlasMap(ref.current, model, store, { reducedMotion, onFirstIdle: () => setReady(true) });
    window.__atlasMap = { project: (lng, lat) => map.project(lng, lat), idle: () => map.idle() };
    return () => {
      delete window.__atlasMap;
      map.destroy();
    };
  }, [model, store]);
  return (
    <div className="map-wrap">
      <div ref={ref} className="map" role="img" aria-label={t.mapLabel} data-ready={ready ? 'true' : 'false'} />
      <p className="sr-only">{t.mapKeyboardHint}</p>
      {!ready && <div className="map-loading">{t.loadingMap}</div>}
      <Legend />
      <Tooltip />
    </div>
  );
}
