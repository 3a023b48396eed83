import { useContext, useEffect, useRef } from 'react';
import { clampStep } from '../../presentation/step-view';
import { deckAction, fieldKeepsKey, onlyUnblanks } from '../../presentation/keys';
import { StoreContext } from '../context';
import { formatSteps } from '../../domain/deck-steps';
import { presenterWindowSize } from '../../map/deck-layout';
import { DEFAULT_VIEW } from '../../store/view-state';
import type { Lang } from '../../vocabulary';

/**
 * Opens the presenter view in a second window of the same browser, at a size that fits
 * the screen it opens on (a 1366×768 laptop leaves about 1366×728 below its taskbar).
 */
export function openPresenterWindow(lang: Lang, steps: readonly number[] | null): void {
  const q = new URLSearchParams({ presenter: '1' });
  if (lang !== DEFAULT_VIEW.lang) q.set('lang', lang);
  if (steps) q.set('steps', formatSteps(steps));
  const url = `${window.location.pathname}?${q.toString().replace(/%2C/g, ',')}`;
  const { width, height } = presenterWindowSize(window.screen.availWidth, window.screen.availHeight);
  window.open(url, 'atlas-presenter', `popup,width=${width},height=${height}`);
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/**
 * Presentation keys on the window. `presenterWindow` is true in the presenter view,
 * which has no map and cannot open itself again.
 */
export function useDeckKeys(tourLength: number, presenterWindow = false): void {
  const store = useContext(StoreContext);
  const digits = useRef('');
  useEffect(() => {
    if (!store) return;
    const onKey = (e: KeyboardEvent) => {
      if (fieldKeepsKey(e.target, e.key)) return;
      const s = store.getState();
      const action = deckAction(e, s.presenting || presenterWindow);
      if (s.autoplay !== null && s.presenting && action?.type !== 'autoplay') s.setAutoplayPaused(true);
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      if (action.type !== 'digit' && action.type !== 'jump') digits.current = '';
      const go = (i: number) => s.goToStep(clampStep(i, tourLength));
      if (onlyUnblanks(action, s.blackout)) return s.toggleBlackout();
      switch (action.type) {
        case 'start':
          return s.presenting ? undefined : s.startPresentation(0);
        case 'next':
          return go(s.step + 1);
        case 'prev':
          return go(s.step - 1);
        case 'first':
          return go(0);
        case 'last':
          return go(tourLength - 1);
        case 'digit':
          digits.current = (digits.current + String(action.digit)).slice(-3);
          return;
        case 'jump': {
          const n = Number(digits.current);
          digits.current = '';
          if (n >= 1) go(n - 1);
          return;
        }
        case 'blackout':
          return s.toggleBlackout();
        case 'escape':
          if (s.qr) return s.toggleQr();
          if (s.help) return s.toggleHelp();
          if (s.stepList) return s.toggleStepList();
          if (s.detour) return s.endDetour();
          if (s.blackout) return s.toggleBlackout();
          return presenterWindow ? undefined : s.stopPresentation();
        case 'help':
          return s.toggleHelp();
        case 'fullscreen':
          return toggleFullscreen();
        case 'theme':
          return s.setTheme(s.theme === 'dark' ? 'light' : 'dark');
        case 'autoplay':
          return s.autoplay !== null ? s.setAutoplayPaused(!s.autoplayPaused) : undefined;
        case 'presenter':
          return presenterWindow ? undefined : openPresenterWindow(s.lang, s.steps);
        case 'qr':
          return presenterWindow ? undefined : s.toggleQr();
      }
    };
    const onPointer = () => {
      const s = store.getState();
      if (s.presenting && s.autoplay !== null) s.setAutoplayPaused(true);
    };
    // Capture, so the deck sees clicker keys before any focused control scrolls or activates.
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer, true);
    };
  }, [store, tourLength, presenterWindow]);
}
