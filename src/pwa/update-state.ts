/**
 * Whether a new version of the app is waiting to take over. Kept apart from the atlas
 * store: it is about the deployment, not the view, and nothing in a URL carries it.
 * The service worker's registration writes it; the update notice reads it.
 */
import { createStore } from 'zustand/vanilla';

export interface UpdateState {
  /** A new version is installed and waits for the user to reload. */
  waiting: boolean;
}

export const updateStore = createStore<UpdateState>(() => ({ waiting: false }));
