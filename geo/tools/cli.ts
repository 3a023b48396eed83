/**
 * What the data commands (data:check, data:export-xlsx, data:import) share: each is a
 * function of its arguments and an output, so tests call it in-process instead of
 * starting tsx (seconds on a busy machine); the file runs it only when started itself.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Where a command prints, and the folder relative file names are taken from. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
}

/** The console, and the folder the user typed the command in (npm runs scripts from the project). */
export function consoleIo(): Io {
  return {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    cwd: process.env.INIT_CWD ?? process.cwd(),
  };
}

/** True when the module at `moduleUrl` is the script node (or tsx) was started with. */
export function isMain(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === moduleUrl;
  } catch {
    return false;
  }
}

/** Runs a command as the process: its output on the console, its result as the exit code. */
export async function runMain(command: (args: readonly string[], io: Io) => Promise<number>): Promise<void> {
  process.exitCode = await command(process.argv.slice(2), consoleIo());
}
