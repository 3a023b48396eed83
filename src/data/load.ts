/**
 * Reads the prepared model (data/prepared.ts) at start. A large dataset's records come as
 * JSON files beside the code (tools/vite-atlas-data.ts): all are requested at once and
 * read one after another, with a pause for the page between, so the page stays
 * responsive while a hundred thousand records arrive.
 */
import { modelFromPrepared, PREPARED_FILE, type ModelResult } from './prepared';

/** Lets the browser paint and handle input before the next slice of work. */
function breathe(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function loadPrepared(raw: unknown): Promise<ModelResult> {
  const files = (raw as { recordFiles?: unknown } | null)?.recordFiles;
  if (!Array.isArray(files)) return modelFromPrepared(raw);
  const requests = files.map((url: unknown) => fetch(String(url)));
  const records: unknown[] = [];
  for (const [i, request] of requests.entries()) {
    let slice: unknown;
    try {
      const response = await request;
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      slice = await response.json();
    } catch (e) {
      return {
        ok: false,
        problems: [`${PREPARED_FILE} recordFiles[${i}] (${String(files[i])}): cannot be read: ${String(e)}`],
      };
    }
    if (!Array.isArray(slice))
      return {
        ok: false,
        problems: [`${PREPARED_FILE} recordFiles[${i}] (${String(files[i])}): is not a list of records`],
      };
    for (const r of slice) records.push(r);
    await breathe();
  }
  return modelFromPrepared({ ...(raw as object), records });
}
