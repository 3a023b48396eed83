/// <reference types="vite/client" />

/** MapLibre's worker script URL, provided by vite.config.ts (a file, or a blob: URL in the single-file build). */
declare module 'virtual:maplibre-worker-url' {
  const url: string;
  export default url;
}

/** The palette's colours as CSS custom properties, generated from src/map/palette.ts (tools/vite-palette.ts). */
declare module 'virtual:atlas-palette.css' {}

/** The model prepared from geo/ at build time (tools/vite-atlas-data.ts). */
declare module 'virtual:atlas-model' {
  const prepared: unknown;
  export default prepared;
}

/** China's outline and the borders between its provinces as one topology, a chunk of its own (src/data/china.ts). */
declare module 'virtual:atlas-china' {
  const shapes: import('./data/shapes').Shapes;
  export default shapes;
}
