/**
 * The page tools: injected by the background (never on every page) into pages
 * that may be reviews or have saved highlights, or when the reader selects text.
 * Full extraction, anchoring, painting and the in-page save control live here.
 *
 * Everything here runs in the content script's isolated world. What the page
 * can observe is the painting and, once the reader selects text, one opaque
 * element (see control.ts). Every action starts from a trusted event of the
 * reader or from the browser (keyboard shortcut, context menu, the popup and
 * side panel through the background); nothing the page dispatches counts.
 */
import { browser } from '../../platform/browser-api';
import { analysePage } from '../../shared/film';
import type { HighlightRecord } from '../../shared/records';
import type { PageHighlights, TabCommand, TabReplies } from '../../shared/messages/types';
import { send } from '../../platform/messaging';
import { canonicalLink } from '../page-ref';
import { textSelection, TOOLS_FLAG as FLAG, TRUSTED_SELECTION, type TrustedSelection } from '../trusted-selection';
import { Painter } from './painter';
import { SaveControl } from './control';
import { HighlightAnchorer } from './anchorer';

/** How long after the reader's selection (seen by the every-page script) the freshly loaded tools still offer to save it. */
const OFFER_WINDOW_MS = 5_000;

function pageRef() {
  return {
    url: location.href,
    canonical: canonicalLink(),
    title: document.title.slice(0, 1000),
  };
}

class PageTools {
  private records = new Map<string, HighlightRecord>();
  private painter = new Painter(document);
  private anchorer = new HighlightAnchorer(document, this.painter, (statuses) => {
    if (statuses.length) send({ type: 'highlights/status', statuses }).catch(() => undefined);
  });
  private control = new SaveControl(document, { save: (openPanel) => this.saveFromControl(openPanel) });
  private abort = new AbortController();
  /** Whether the reader lets Reel Notes paint on this site (from the background, on every refresh). */
  private paints = true;

  async start(): Promise<void> {
    this.listen();
    this.offerEarlierSelection();
    await this.load();
    this.anchorer.watchLateContent(() => [...this.records.values()]);
  }

  /** Re-reads the page's highlights from the background (they may have been edited in the popup or the library) and repaints them all. */
  async refresh(): Promise<{ placed: number; orphans: number }> {
    return this.show(await send({ type: 'highlights/forPage', ...pageRef() }));
  }

  private async show({ highlights, paint }: PageHighlights): Promise<{ placed: number; orphans: number }> {
    this.paints = paint !== false;
    const current = new Set(highlights.map((h) => h.id));
    for (const id of this.records.keys()) {
      if (!current.has(id)) {
        this.painter.unpaint(id);
        this.anchorer.forget(id);
      }
    }
    this.records = new Map(highlights.map((h) => [h.id, h]));
    if (highlights.length === 0) return { placed: 0, orphans: 0 };
    return this.anchorer.anchor(highlights);
  }

  private loading: Promise<boolean> | null = null;

  /**
   * The page's load, once: the full extraction goes to the background (which completes it with the
   * film index) and the page's highlights come back in the same answer, to be painted. The tools are
   * only here on pages that may be reviews, look like articles, are known, or where the reader acted
   * (selected text, opened the popup), so it always runs.
   */
  private load(): Promise<boolean> {
    this.loading ??= (async () => {
      const { detection, candidates } = analysePage(document, { url: location.href });
      await this.show(await send({ type: 'page/load', ...pageRef(), detection, candidates }));
      return true;
    })().catch(async (e) => {
      console.debug('Reel Notes:', e);
      // The detection was refused (a rate limit, a malformed page): the reader's highlights are still painted.
      await this.refresh().catch(() => undefined);
      return false;
    });
    return this.loading;
  }

  /** The reader's selection that made the every-page script load these tools: offer to save it now. */
  private offerEarlierSelection(): void {
    const earlier = (globalThis as any)[TRUSTED_SELECTION] as TrustedSelection | undefined;
    delete (globalThis as any)[TRUSTED_SELECTION];
    if (earlier && Date.now() - earlier.at < OFFER_WINDOW_MS) this.showForSelection();
  }

  /**
   * After the extension is updated, reloaded or removed, these tools are orphaned (the browser
   * gives the new version a fresh world): they take their listeners, painting and control away.
   */
  private destroy(): void {
    this.abort.abort();
    this.painter.destroy();
    this.control.destroy();
    delete (globalThis as Record<string, unknown>)[FLAG];
  }

  private orphaned(): boolean {
    if (browser.runtime?.id) return false;
    this.destroy();
    return true;
  }

  private listen(): void {
    const signal = this.abort.signal;
    document.addEventListener('mouseup', (e) => {
      if (!e.isTrusted || this.orphaned() || this.control.isOwn(e.target)) return;
      setTimeout(() => this.showForSelection(), 0);
    }, { signal, passive: true });
    document.addEventListener('keyup', (e) => {
      if (!e.isTrusted || this.orphaned()) return;
      // Selecting by keyboard: Shift with arrows (or other keys), ending with Shift's release.
      if (e.shiftKey || e.key === 'Shift' || e.key.startsWith('Arrow')) this.showForSelection();
    }, { signal, passive: true });
    document.addEventListener('click', (e) => this.onClick(e), { signal, passive: true });
    // From the keyboard, one Tab after a selection reaches "Save highlight" (see SaveControl.focusToolbar).
    document.addEventListener('keydown', (e) => {
      if (!e.isTrusted || e.key !== 'Tab' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return;
      if (this.control.isOwn(e.target) || !this.control.visible || !this.selectedRange()) return;
      e.preventDefault();
      this.control.focusToolbar(document.activeElement);
    }, { signal, capture: true });
    browser.runtime.onMessage.addListener(this.onCommand);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(this.onCommand));
  }

  private selectedRange(): Range | null {
    const range = textSelection(document)?.getRangeAt(0);
    if (!range) return null;
    if (this.control.holds(range.commonAncestorContainer)) return null;
    return range;
  }

  private showForSelection(): void {
    const range = this.selectedRange();
    if (range) this.control.showToolbar(range.getBoundingClientRect());
    else this.control.hide();
  }

  /** A trusted click on a painted passage shows that highlight in the side panel. */
  private onClick(e: MouseEvent): void {
    if (!e.isTrusted || this.control.isOwn(e.target) || this.selectedRange()) return;
    const pos = caretAt(e.clientX, e.clientY);
    const hit = pos && this.painter.at(pos.node, pos.offset);
    if (hit) send({ type: 'highlight/clicked', id: hit.id }).catch((error) => console.debug('Reel Notes:', error));
  }

  /** A trusted click on the toolbar: the passage is the selection at this moment. */
  private saveFromControl(openPanel: boolean): void {
    void this.save(this.selectedRange(), openPanel);
  }

  async save(selected: Range | null, openPanel = false): Promise<HighlightRecord | null> {
    if (!selected) {
      this.control.say('Select a passage first, then save it.', true);
      return null;
    }
    const described = this.anchorer.describe(selected);
    if (!described) {
      this.control.say('That selection has no text Reel Notes can keep.', true);
      return null;
    }
    try {
      const { highlight } = await send({
        type: 'highlight/create',
        ...pageRef(),
        text: described.text,
        selectors: described.selectors,
        color: 'yellow',
        ...(openPanel ? { openPanel: true } : {}),
      });
      this.records.set(highlight.id, highlight);
      // Painting off for this site: saved, not painted.
      if (this.paints) this.painter.paint(highlight.id, described.range, highlight.color);
      document.getSelection()?.removeAllRanges();
      this.control.hide();
      this.control.say(openPanel ? 'Highlight saved: add your note in the Reel Notes side panel' : 'Highlight saved');
      return highlight;
    } catch (error) {
      this.control.say(`Couldn't save the highlight: ${(error as Error).message}`, true);
      return null;
    }
  }

  /** What the background may ask (only the background can: tabs.sendMessage); each answer is typed by TabReplies. */
  private commands: { [K in TabCommand['type']]: (cmd: Extract<TabCommand, { type: K }>) => Promise<TabReplies[K]> } = {
    'tools/detect': async () => ({ detected: await this.load() }),
    'tools/save-selection': async () => {
      const h = await this.save(this.selectedRange());
      return h ? { id: h.id } : null;
    },
    'tools/scroll-to': async (cmd) => {
      const painted = this.painter.get(cmd.id);
      if (!painted) return { found: false };
      (painted.range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
      return { found: true };
    },
    'tools/retry': () => this.refresh(),
    'tools/refresh': () => this.refresh(),
    'tools/toggle': async (cmd) => {
      this.painter.setVisible(cmd.visible);
      return { visible: cmd.visible };
    },
    'tools/reattach': async (cmd) => {
      const range = this.selectedRange();
      const described = range && this.anchorer.describe(range);
      if (!described) return null;
      const record = this.records.get(cmd.id);
      if (record) this.painter.paint(cmd.id, described.range, record.color);
      return { text: described.text, selectors: described.selectors };
    },
  };

  private onCommand = (message: unknown): Promise<unknown> | undefined => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(this.commands, type)) return undefined;
    const run = this.commands[type as TabCommand['type']] as (cmd: TabCommand) => Promise<unknown>;
    return run(message as TabCommand);
  };
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as any;
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r: Range | null = doc.caretRangeFromPoint?.(x, y) ?? null;
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

if (!(globalThis as any)[FLAG]) {
  const tools = new PageTools();
  (globalThis as any)[FLAG] = tools;
  tools.start().catch((e) => console.debug('Reel Notes:', e));
}
