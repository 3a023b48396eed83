/** Rewrites bench/README.md's targets table from bench/lib/targets.ts. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withTargetsTable } from './lib/readme-targets';

const path = new URL('README.md', import.meta.url);
writeFileSync(path, await withTargetsTable(readFileSync(path, 'utf8')));
console.log('bench/README.md: targets table written from bench/lib/targets.ts');
