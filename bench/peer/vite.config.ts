/** The PEER page: the districts as an ECharts geo map. Built by bench/run.ts (outDir set there). */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: { target: 'es2022', chunkSizeWarningLimit: 2000, reportCompressedSize: false, emptyOutDir: true },
});
