import { useEffect, useState } from 'preact/hooks';
import { request } from '../shared/messages/client';
import type { PopupState } from '../shared/messages/types';
import { FilmPanel } from './FilmPanel';
import { EntryForm } from './EntryForm';
import { HighlightList } from './HighlightList';
import { SiteSettings } from './SiteSettings';

/** The popup: the film, the reader's entry and the page's highlights. Starts from the state main.tsx fetched. */
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
    if (ready) performance.mark('reel-notes:popup-ready');
  }, [ready]);

  if (error) return <main class="popup"><p class="error" role="alert">{error}</p></main>;
  if (!state) return <main class="popup" aria-busy="true"><p class="muted">Loading…</p></main>;
  if (!state.tab?.pageId) {
    return (
      <main class="popup">
        <h1>Reel Notes</h1>
        <p class="muted">Reel Notes keeps notes for web pages. Open a film review to start.</p>
      </main>
    );
  }
  const tabId = state.tab.tabId;
  return (
    <main class="popup stack" data-ready="true">
      <FilmPanel state={state} onChanged={(page) => setState({ ...state, page })} />
      <EntryForm
        key={state.tab.pageId}
        tabId={tabId}
        pageId={state.tab.pageId}
        entry={state.page?.entry ?? null}
        knownTags={state.knownTags}
        onSaved={(page) => setState((s) => (s ? { ...s, page } : s))}
      />
      <HighlightList tabId={tabId} highlights={state.highlights} onChanged={() => void reload()} />
      <SiteSettings tabId={tabId} painting={state.painting !== false} refused={state.tab.refusedWrites} />
      <footer class="row muted">
        <a href={`../options/index.html`} target="_blank" rel="noopener">Open your library</a>
      </footer>
    </main>
  );
}
