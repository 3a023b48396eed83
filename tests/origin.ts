/**
 * Where the browser tests find the built app. The port can be moved (E2E_PORT) so that
 * two checkouts on one machine can run their suites without testing each other's build.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);

export const ORIGIN = `http://localhost:${E2E_PORT}`;
