/** `npm run geo:build`: regenerates the boundary files under geo/. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildBoundaryFiles } from './build-boundaries';

const geoDir = fileURLToPath(new URL('..', import.meta.url));
for (const [name, text] of Object.entries(await buildBoundaryFiles())) {
  writeFileSync(geoDir + name, text);
  console.log(`geo/${name}: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`);
}
