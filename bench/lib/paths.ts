/** Where the project and the benchmark live on disk: every bench module reads its paths from here. */
import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The bench/ folder. */
export const BENCH = fileURLToPath(new URL('../', import.meta.url));
