/**
 * The system Chromium (Debian's; Playwright's own browsers cannot be downloaded here)
 * and the flags it needs headless as root with no network: software WebGL, and no
 * background requests. Shared by the browser tests, the screenshots and the benchmarks.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];
