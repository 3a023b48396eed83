/**
 * Reads the prepared model (data/prepared.ts) at start. A normal build ships it as a JSON
 * file beside the code (`modelFile`, preloaded by index.html); a large dataset's records
 * come as further files (`recordFiles`), all requested at once and read one after another
 * with a pause for the page between, so the page stays responsive while a hundred
 * thousand records arrive. The single file and `vite` dev embed the model itself.
 */
import {
  modelFromPrepared,
  modelStages,
  preparedProblems,
  PREPARED_FILE,
  type ModelResult,
  type PreparedModel,
} from './prepared.ts';

/** Lets the browser paint and handle input before the next slice of work. */
function breathe(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

type Read = { ok: true; value: unknown } | { ok: false; problem: string };

async function readJson(request: Promise<Response>, place: string, url: string): Promise<Read> {
  try {
    const response = await request;
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return { ok: true, value: await response.json() };
  } catch (e) {
    return { ok: false, problem: `${PREPARED_FILE} ${place} (${url}): cannot be read: ${String(e)}` };
  }
}

/**
 * Reads files requested together, one after another with a pause for the page after each,
 * handing each to `take` with its place (`field[i] (url)`); the problems `take` finds in
 * them, or the first file that cannot be read, which ends the reading.
 */
export async function readInOrder(
  files: readonly string[],
  requests: readonly Promise<Response>[],
  field: string,
  take: (value: unknown, place: string) => readonly string[],
): Promise<string[]> {
  const problems: string[] = [];
  for (const [i, request] of requests.entries()) {
    const url = files[i] ?? '';
    const read = await readJson(request, `${field}[${i}]`, url);
    if (!read.ok) return [read.problem];
    problems.push(...take(read.value, `${field}[${i}] (${url})`));
    await breathe();
  }
  return problems;
}

interface Shipped {
  modelFile?: unknown;
  recordFiles?: unknown;
  summaryFiles?: unknown;
}

export async function loadPrepared(raw: unknown): Promise<ModelResult> {
  const shipped = (raw ?? {}) as Shipped;
  if (typeof shipped.modelFile !== 'string') return modelFromPrepared(raw);
  const modelUrl = shipped.modelFile;
  const files = Array.isArray(shipped.recordFiles) ? shipped.recordFiles.map(String) : [];
  // Not fetched here: the summaries wait for the map (store/summaries-sync.ts).
  const summaryFiles = Array.isArray(shipped.summaryFiles) ? shipped.summaryFiles.map(String) : undefined;

  // Every request goes out at once; they are read in order.
  const modelRequest = fetch(modelUrl);
  const requests = files.map((url) => fetch(url));
  const model = await readJson(modelRequest, 'modelFile', modelUrl);
  if (!model.ok) return { ok: false, problems: [model.problem] };
  if (requests.length === 0) return modelFromPrepared(model.value, summaryFiles);

  const records: unknown[] = [];
  const problems = await readInOrder(files, requests, 'recordFiles', (value, place) => {
    if (!Array.isArray(value)) return [`${PREPARED_FILE} ${place}: is not a list of records`];
    for (const r of value) records.push(r);
    return [];
  });
  if (problems.length > 0) return { ok: false, problems };
  // Checking a hundred thousand records, building the model from them (in stages) and starting the
  // app are each long pieces of work: one task together (about 400 ms), so the page breathes between them.
  const whole = { ...(model.value as object), records };
  const wrong = preparedProblems(whole);
  if (wrong.length > 0) return { ok: false, problems: wrong };
  const stages = modelStages(whole as PreparedModel, summaryFiles);
  let step = stages.next();
  while (!step.done) {
    await breathe();
    step = stages.next();
  }
  await breathe();
  return step.value;
}
