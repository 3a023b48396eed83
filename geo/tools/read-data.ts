/**
 * Reads every data file of the atlas from a project folder, as the app embeds them:
 * JSON parsed, the source as text. Problems (a missing file, invalid JSON) come back
 * as issues naming the file, never as a throw, so the data check can list them all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES } from '../../src/domain/atlas-data.ts';
import { parseJson, type DataIssue, type RawAtlasData } from '../../src/domain/validate.ts';

export function readRawData(root: string): { raw: RawAtlasData; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const read = (file: string): string | undefined => {
    try {
      return readFileSync(join(root, file), 'utf8');
    } catch (e) {
      issues.push({ file, path: '', reason: `cannot read: ${e instanceof Error ? e.message : String(e)}` });
      return undefined;
    }
  };
  const json = (file: string): unknown => {
    const text = read(file);
    if (text === undefined) return undefined;
    const r = parseJson(file, text);
    if (r.ok) return r.value;
    issues.push(r.issue);
    return undefined;
  };
  const raw: RawAtlasData = {
    districts: json(DATA_FILES.districts),
    context: json(DATA_FILES.context),
    china: json(DATA_FILES.china),
    borders: json(DATA_FILES.borders),
    records: json(DATA_FILES.records),
    profiles: json(DATA_FILES.profiles),
    industries: json(DATA_FILES.industries),
    regions: json(DATA_FILES.regions),
    source: read(DATA_FILES.source) ?? '',
  };
  return { raw, issues };
}
