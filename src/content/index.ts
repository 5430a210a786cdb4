/**
 * Runs on every http(s) page, so it does almost nothing: one quick look for
 * signs of a film review, one message to the background (which loads the page
 * tools only where they are needed), and a listener that loads them when the
 * reader selects text.
 */
import { quickCheck } from '../shared/film/quick-check';
import { send } from './runtime';
import { canonicalLink } from './page-ref';

const TOOLS_FLAG = '__reelNotesTools';
const hasTools = () => Boolean((globalThis as any)[TOOLS_FLAG]);

function start(): void {
  if (window.top !== window) return;
  const quick = quickCheck(document);
  send({
    type: 'tab/hello',
    url: location.href,
    canonical: canonicalLink(),
    title: document.title.slice(0, 1000),
    likely: quick.likely,
    signals: quick.signals.slice(0, 20),
  }).catch(() => undefined);

  // The in-page control lives in the page tools; load them the first time the reader selects text.
  const onSelect = () => {
    if (hasTools()) return;
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || !selection.toString().trim()) return;
    send({ type: 'tools/ensure' }).catch(() => undefined);
  };
  document.addEventListener('mouseup', onSelect, { passive: true });
  document.addEventListener('keyup', (e) => {
    if (e.shiftKey || e.key.startsWith('Arrow')) onSelect();
  }, { passive: true });
}

start();
