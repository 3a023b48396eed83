/**
 * Writes the data files the way they are committed: Prettier (the project's config) over
 * JSON.stringify, so a file written from the same data is byte-identical to the one in
 * git. records, profiles and regions start from 2-space JSON (every object keeps its own
 * lines); industries from one-line JSON (Prettier keeps an entry on one line where it fits).
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { DATA_FILES } from '../../src/domain/atlas-data';

export type SheetFileKey = 'records' | 'profiles' | 'industries' | 'regions';

export const SHEET_FILE_KEYS: readonly SheetFileKey[] = ['records', 'profiles', 'industries', 'regions'];

const COMPACT: ReadonlySet<SheetFileKey> = new Set(['industries']);

/** Where the project's Prettier config is found, wherever the files are written. */
const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/** The text of data file `key` holding `value`. */
export async function formatDataFile(key: SheetFileKey, value: unknown): Promise<string> {
  const file = DATA_FILES[key];
  const options = (await resolveConfig(join(PROJECT, file))) ?? {};
  const json = COMPACT.has(key) ? JSON.stringify(value) : JSON.stringify(value, null, 2);
  return format(json, { ...options, filepath: file });
}

/** Writes every file only after all are ready; each lands whole (written aside, then renamed). */
export function writeDataFiles(root: string, texts: ReadonlyMap<SheetFileKey, string>): void {
  const staged = [...texts].map(([key, text]) => {
    const target = join(root, DATA_FILES[key]);
    const aside = `${target}.importing`;
    writeFileSync(aside, text);
    return { aside, target };
  });
  for (const { aside, target } of staged) renameSync(aside, target);
}
