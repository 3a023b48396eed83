/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Registers the service worker that vite-plugin-pwa generates (precache of the app and its
 * data; see tools/vite-pwa.ts). A new deployment never takes over by itself: the worker
 * waits, the update notice asks, and only the window whose user clicks "reload" reloads.
 * When another window applies the update, this one keeps running the version it loaded
 * (a deck on a projector must not reload mid-talk) and keeps offering the reload.
 *
 * In the single-file build the virtual module is a no-op: no worker runs from file://.
 */
import { registerSW } from 'virtual:pwa-register';
import { updateStore } from './update-state';

/** How often an open window asks the server for a new version (a deck can stay open all day). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

let skipWaiting: (() => Promise<void>) | null = null;

export function registerServiceWorker(): void {
  skipWaiting = registerSW({
    onNeedRefresh: () => updateStore.setState({ waiting: true }),
    // A new worker took control (another window applied the update). The library would
    // reload here; this window keeps running and keeps offering the reload instead.
    onNeedReload: () => updateStore.setState({ waiting: true }),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      setInterval(() => {
        // Offline or server down: try again next time, quietly.
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, CHECK_EVERY_MS);
    },
    // Offline, the browser's own update check fails; the cached version keeps running.
    onRegisterError: () => undefined,
  });
}

/**
 * The user chose to reload: the waiting version takes over, then this window reloads.
 * If another window has already let it take over, a plain reload loads it.
 */
export async function reloadToUpdate(): Promise<void> {
  const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
  if (!waiting || !skipWaiting) {
    window.location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  await skipWaiting();
}
