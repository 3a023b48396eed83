import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium';
import { E2E_PORT, ORIGIN } from './tests/origin';

/**
 * Browser tests against the built app (`vite build` first; `npm run test:e2e` does both).
 * Chromium is the system's (Debian) build: Playwright's own browsers are not downloaded.
 * WebGL runs in software (SwiftShader), so one worker keeps a 2-core machine responsive.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 90_000,
  // Software WebGL needs a few seconds to its first idle, more on a busy machine.
  expect: { timeout: 20_000 },
  use: {
    baseURL: ORIGIN,
    viewport: { width: 1920, height: 1080 },
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    command: `npx vite preview --port ${E2E_PORT} --strictPort`,
    url: ORIGIN,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
