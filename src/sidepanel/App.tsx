import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../platform/messaging';
import type { PopupState, ReaderChanged } from '../shared/messages/types';
import { ReaderView } from '../ui/reader/ReaderView';
import { followTabs, type PanelPlace } from './follow-tab';

/**
 * The side panel: the reader's view of the active tab, kept beside the review
 * while they read. It follows the active tab, reloads when the background
 * announces a change, and focuses a highlight's note when it was opened for one.
 */
export function App(props: { place: PanelPlace }) {
  const [tabId, setTabId] = useState<number | null>(props.place.tabId);
  const [state, setState] = useState<PopupState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const current = useRef({ tabId, pageId: null as string | null });
  current.current = { tabId, pageId: state?.tab?.pageId ?? null };

  // One load at a time; a change announced during a load asks for one more.
  const loading = useRef<{ running: boolean; again: boolean }>({ running: false, again: false });
  const load = async () => {
    const l = loading.current;
    if (l.running) return void (l.again = true);
    l.running = true;
    try {
      do {
        l.again = false;
        const id = current.current.tabId;
        if (id === null) return;
        const next = await request({ type: 'popup/state', tabId: id });
        if (current.current.tabId === id) {
          setState(next);
          setError(null);
        }
      } while (l.again);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      l.running = false;
    }
  };
  const takeFocus = (id: number) =>
    request({ type: 'sidepanel/focus', tabId: id })
      .then((r) => r.highlightId && setFocus(r.highlightId))
      .catch(() => undefined);

  useEffect(() => {
    if (tabId === null) return;
    setFocus(null);
    void load();
    void takeFocus(tabId);
  }, [tabId]);

  useEffect(
    () =>
      followTabs(props.place, {
        activated: (id) => setTabId(id),
        changed: (change: Omit<ReaderChanged, 'type'>) => {
          const { tabId: id, pageId } = current.current;
          const mine = change.tabId === undefined ? change.pageId === undefined || change.pageId === pageId : change.tabId === id;
          if (!mine) return;
          if (change.focusHighlight) {
            setFocus(change.focusHighlight);
            void takeFocus(id!);
          }
          void load();
        },
      }),
    [],
  );

  if (tabId === null) return <main class="panel"><p class="muted">No tab to show.</p></main>;
  if (error) return <main class="panel"><p class="error" role="alert">{error}</p></main>;
  if (!state || state.tab?.tabId !== tabId) return <main class="panel" aria-busy="true"><p class="muted">Loading…</p></main>;
  if (!state.tab?.pageId) {
    return (
      <main class="panel stack" data-ready="true" data-tab={tabId}>
        <h1>Reel Notes</h1>
        <p class="muted">This tab shows no web page. Open a film review: its film, your entry and your highlights appear here.</p>
      </main>
    );
  }
  return (
    <main class="panel reader stack" data-ready="true" data-tab={tabId}>
      <ReaderView
        key={`${tabId}:${state.tab.pageId}`}
        state={state}
        setPage={(page) => setState((s) => (s ? { ...s, page } : s))}
        reload={() => void load()}
        focusHighlight={focus}
        footer={
          <footer class="row">
            <a href="../options/index.html" target="_blank" rel="noopener">Open your library</a>
          </footer>
        }
      />
    </main>
  );
}
