import { render } from 'preact';
import { App } from './App';
import type { PopupState } from '../shared/messages/types';

/**
 * Renders the popup for a tab. The state the entry asked for has usually
 * arrived with this code, so the first render already has the content (no
 * "Loading…" frame in between).
 */
export async function mount(tabId: number | null, initial: Promise<PopupState | null>): Promise<void> {
  const first = await initial.then(
    (state) => ({ state, error: null }),
    (e: Error) => ({ state: null, error: e.message }),
  );
  __TEST_HOOKS__ && performance.mark('reel-notes:popup-mount');
  render(<App tabId={tabId} initialState={first.state} initialError={first.error} />, document.getElementById('app')!);
  __TEST_HOOKS__ && performance.mark('reel-notes:popup-rendered');
}
