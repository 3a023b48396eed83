/// <reference types="vite/client" />

/** MapLibre's worker script URL, provided by vite.config.ts (a file, or a blob: URL in the single-file build). */
declare module 'virtual:maplibre-worker-url' {
  const url: string;
  export default url;
}
