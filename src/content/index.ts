/**
 * Runs on every http(s) page, so it does almost nothing: one quick look for
 * signs of a film review, one message to the background (which loads the page
 * tools only where they are needed), and a listener that loads them when the
 * reader selects text.
 */
import { quickCheck } from '../shared/film/quick-check';
import { send } from '../platform/messaging';
import { canonicalLink } from './page-ref';
import { hasTools, textSelection, TRUSTED_SELECTION, type TrustedSelection } from './trusted-selection';

function start(): void {
  if (window.top !== window) return;
  const quick = quickCheck(document);
  send({
    type: 'tab/hello',
    url: document.URL, // the same string as location.href, without waking the Location object (measurable on every page)
    canonical: canonicalLink(),
    title: document.title.slice(0, 1000),
    likely: quick.likely,
  }).catch(() => undefined);

  // Articles and blog posts without review signs get the full look too, when the browser is idle:
  // the reader's blog may have no tags, categories or structured data at all.
  // (requestIdleCallback is asked from a task of its own: its first call costs more than the whole check.)
  if (!quick.likely && quick.article) {
    setTimeout(() => {
      const idle = (globalThis as any).requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
      idle(() => {
        if (!hasTools()) send({ type: 'tools/ensure' }).catch(() => undefined);
      }, { timeout: 3000 });
    }, 0);
  }

  // The save control lives in the page tools; load them the first time the reader selects text.
  // Only the reader's own mouse and keys count: a page that selects text and dispatches a
  // mouseup itself loads nothing (and so learns nothing about the extension).
  const onSelect = (e: Event) => {
    if (!e.isTrusted || hasTools() || !textSelection(document)) return;
    const seen: TrustedSelection = { at: Date.now() };
    (globalThis as any)[TRUSTED_SELECTION] = seen;
    send({ type: 'tools/ensure' }).catch(() => undefined);
  };
  document.addEventListener('mouseup', onSelect, { passive: true });
  document.addEventListener('keyup', (e) => {
    if (e.shiftKey || e.key === 'Shift' || e.key.startsWith('Arrow')) onSelect(e);
  }, { passive: true });
}

start();
