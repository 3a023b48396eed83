/**
 * The synthetic records files of the growth table, one per size, each validated in Node with
 * the app's own `validateAtlasData` against the other real data files (read through
 * DATA_FILES). A size that does not validate is reported, not built.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRawData } from '../../geo/tools/read-data';
import { formatIssue, validateAtlasData, type RawAtlasData } from '../../src/domain/validate';
import { ROOT } from './paths';
import { message, type Log } from './log';
import { bytesOf, type Bytes } from './sizes';
import { synthRecords, type SynthInputs } from './synth';

export interface Dataset {
  size: number;
  file: string;
  records: Bytes;
  nodeValidateMs: number | null;
  errors: string[];
}

/** The real data files, parsed, for validating synthetic records against them. */
function rawFiles(): RawAtlasData {
  const { raw, issues } = readRawData(ROOT);
  if (issues.length > 0) throw new Error(`cannot read the data: ${issues.map(formatIssue).join('; ')}`);
  return raw;
}

/** Writes `records-<size>.json` into `dir` for each size and validates it. */
export function makeDatasets(sizes: readonly number[], inputs: SynthInputs, dir: string, log: Log): Dataset[] {
  const raw = rawFiles();
  return sizes.map((size) => {
    const d: Dataset = {
      size,
      file: join(dir, `records-${size}.json`),
      records: { raw: 0, gzip: 0 },
      nodeValidateMs: null,
      errors: [],
    };
    try {
      // Indented like the real records file.
      const text = `${JSON.stringify(synthRecords(size, inputs), null, 2)}\n`;
      writeFileSync(d.file, text);
      d.records = bytesOf(text);
      const t = performance.now();
      const v = validateAtlasData({ ...raw, records: JSON.parse(text) as unknown });
      d.nodeValidateMs = Math.round(performance.now() - t);
      if (!v.ok) d.errors.push(`synthetic data does not validate: ${v.issues.slice(0, 3).map(formatIssue).join('; ')}`);
      log(
        `dataset ${size}: ${(d.records.raw / 1e6).toFixed(1)} MB, validates in ${d.nodeValidateMs} ms${v.ok ? '' : ' — INVALID'}`,
      );
    } catch (e) {
      d.errors.push(`dataset: ${message(e)}`);
    }
    return d;
  });
}
