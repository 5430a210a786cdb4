import { useEffect, useState } from 'preact/hooks';
import { request } from '../platform/messaging';
import type { PopupState } from '../shared/messages/types';
import { ReaderView } from '../ui/reader/ReaderView';
import { OpenPanel } from './OpenPanel';
import { SiteSettings } from './SiteSettings';

/** The popup, the quick view: the reader's view of the tab, and a way to the side panel. Starts from the state main.tsx fetched. */
export function App(props: { tabId: number | null; initialState: PopupState | null; initialError: string | null }) {
  const [state, setState] = useState<PopupState | null>(props.initialState);
  const [error, setError] = useState<string | null>(props.tabId === null ? 'No tab to show.' : props.initialError);

  const reload = async () => {
    if (props.tabId === null) return;
    try {
      setState(await request({ type: 'popup/state', tabId: props.tabId }));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  // For the bench and the tests: when the content was first on screen (preact runs effects after paint).
  const ready = Boolean(state?.tab?.pageId);
  useEffect(() => {
    if (ready) __TEST_HOOKS__ && performance.mark('reel-notes:popup-ready');
  }, [ready]);

  if (error) return <main class="popup"><p class="error" role="alert">{error}</p></main>;
  if (!state) return <main class="popup" aria-busy="true"><p class="muted">Loading…</p></main>;
  if (!state.tab?.pageId) {
    return (
      <main class="popup stack">
        <h1>Reel Notes</h1>
        <p>Reel Notes keeps your rating, notes and highlights for the film reviews you read on the web.</p>
        <p class="muted">Open a review on a blog or a magazine, select a passage and choose “Save highlight”.</p>
        <p><a href="../welcome/index.html" target="_blank" rel="noopener">How it works</a></p>
      </main>
    );
  }
  return (
    <main class="popup reader stack" data-ready="true">
      <ReaderView
        state={state}
        setPage={(page) => setState((s) => (s ? { ...s, page } : s))}
        reload={() => void reload()}
        footer={
          <>
            <SiteSettings tabId={state.tab.tabId} painting={state.painting !== false} />
          <footer class="row">
            <OpenPanel tabId={state.tab.tabId} />
            <a href="../options/index.html" target="_blank" rel="noopener">Open your library</a>
          </footer>
          </>
        }
      />
    </main>
  );
}
