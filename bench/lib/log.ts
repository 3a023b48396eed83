/** The benchmark's progress log (seconds since start) and one-line error messages. */
const started = performance.now();

export type Log = (...xs: unknown[]) => void;

export const log: Log = (...xs) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s]`, ...xs);

/** Seconds since the benchmark started. */
export const elapsedS = (): number => Math.round((performance.now() - started) / 1000);

/**
 * An error in one line, for a results table: its first lines without the stack, so a
 * wrapped error ("Build failed with 1 error: [plugin …] …") still says what failed.
 */
export function message(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('at '));
  const line = lines.slice(0, 3).join(' ');
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

/** The benchmark cannot run at all (a base build, the server or the browser failed): exits with `code`. */
export class SetupError extends Error {
  readonly code: number;
  constructor(what: string, code: number, cause: unknown) {
    super(`${what}: ${message(cause)}`, { cause });
    this.code = code;
  }
}
