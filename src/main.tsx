import { lazy, startTransition, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import prepared from 'virtual:atlas-model';
import { loadPrepared } from './data/load';
import type { ModelResult } from './data/prepared';
import { isDistrictSlug } from './vocabulary';
import { createHoverStore } from './store/hover';
import { createAtlasStore, whenState } from './store/store';
import { parseView, type KnownIds } from './store/url';
import { connectUrl } from './store/url-sync';
import { connectSummaries } from './store/summaries-sync';
import { App } from './ui/App';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { ErrorScreen } from './ui/ErrorScreen';
import { HoverContext, ModelContext, StoreContext, TourContext } from './ui/context';
import { buildTour } from './domain/tour';
import { connectPresentation, DECK_CHANNEL } from './presentation/controller';
// The palette's colours as custom properties (tools/vite-palette.ts), before the rules that read them.
import 'virtual:atlas-palette.css';
import './ui/app.css';
import { registerServiceWorker } from './pwa/register';
import { warmChunks } from './ui/warm-chunks';

// The presenter window is a page of its own: the projector's page does not load it.
const PresenterView = lazy(() => import('./ui/presentation/PresenterView').then((m) => ({ default: m.PresenterView })));

const rootEl = document.getElementById('root');
if (!rootEl) throw new Error('index.html has no #root element');
const root = createRoot(rootEl);

/** The app on a model that is whole, or the list of what is wrong with it. */
function start(loaded: ModelResult): void {
  if (!loaded.ok) {
    for (const p of loaded.problems) console.error(p);
    root.render(<ErrorScreen problems={loaded.problems} />);
    // A fixed deployment must still reach this browser.
    registerServiceWorker();
    return;
  }
  const { model, summaries } = loaded;
  const known: KnownIds = {
    records: new Set(model.records.map((r) => r.id)),
    regions: new Set(model.regions.map((r) => r.id)),
    industries: new Set(model.industries.map((i) => i.id)),
    recordDistrict: (id) => {
      const d = model.recordById[id]?.districts[0];
      return isDistrictSlug(d) ? d : null;
    },
  };
  const tour = buildTour(model);
  const presenterWindow = new URLSearchParams(window.location.search).has('presenter');
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(DECK_CHANNEL) : null;
  const view = parseView(window.location.search, known);
  const store = createAtlasStore(
    presenterWindow ? { lang: view.lang, presenting: true, steps: view.steps } : { ...view, startup: 'map' },
  );
  const hover = createHoverStore();
  if (!presenterWindow) connectUrl(store, known);
  connectSummaries(
    store,
    summaries,
    model.records.map((r) => r.id),
  );
  // Once the map is up, not while it starts: the service worker, for offline after the first visit
  // (a new deployment waits for the user, src/pwa/; its install downloads the whole app again to keep
  // it), and the other views' chunks, fetched while the link is up (ui/warm-chunks.ts).
  whenState(
    store,
    (s) => s.startup === 'done',
    () => {
      registerServiceWorker();
      if (!presenterWindow) void warmChunks();
    },
  );
  connectPresentation(store, tour, { channel, followPresenting: !presenterWindow, follow: view.follow });
  // A transition, so that React renders the interface in slices and the page stays responsive
  // (the city drawn in index.html shows until the commit): rendered at once, the first render
  // was one task of 300 ms at 3840×2160.
  startTransition(() =>
    root.render(
      <StrictMode>
        <ErrorBoundary>
          <ModelContext.Provider value={model}>
            <StoreContext.Provider value={store}>
              <HoverContext.Provider value={hover}>
                <TourContext.Provider value={tour}>
                  {presenterWindow ? (
                    <Suspense fallback={null}>
                      <PresenterView />
                    </Suspense>
                  ) : (
                    <App />
                  )}
                </TourContext.Provider>
              </HoverContext.Provider>
            </StoreContext.Provider>
          </ModelContext.Provider>
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
}

// The city is on screen already (drawn into index.html) while the model is read.
void loadPrepared(prepared).then(start);
