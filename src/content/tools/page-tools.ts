/**
 * The page tools: injected by the background (never on every page) into pages
 * that may be reviews or have saved highlights, or when the reader selects text.
 * Full extraction, anchoring, painting and the in-page control live here.
 */
import { browser } from '../../shared/browser-api';
import { quickCheck } from '../../shared/film/quick-check';
import { extractFilm } from '../../shared/film';
import type { HighlightRecord } from '../../shared/records';
import type { TabCommand } from '../../shared/messages/types';
import { send } from '../runtime';
import { canonicalLink } from '../page-ref';
import { Painter } from './painter';
import { InPageControl } from './control';
import { HighlightAnchorer } from './anchorer';

const FLAG = '__reelNotesTools';

function pageRef() {
  return {
    url: location.href,
    canonical: canonicalLink(),
    title: document.title.slice(0, 1000),
  };
}

class PageTools {
  private records = new Map<string, HighlightRecord>();
  /** The selection the in-page toolbar was last shown for. */
  private offered: Range | null = null;
  private painter = new Painter(document);
  private anchorer = new HighlightAnchorer(document, this.painter, (statuses) => {
    if (statuses.length) send({ type: 'highlights/status', statuses }).catch(() => undefined);
  });
  private control: InPageControl;
  private abort = new AbortController();

  constructor() {
    this.control = new InPageControl(document, {
      save: (note) => void this.saveSelection(note),
      editNote: (id, note) => void this.editNote(id, note),
      remove: (id) => void this.remove(id),
    });
  }

  async start(): Promise<void> {
    this.listen();
    this.detect();
    await this.refresh();
    this.anchorer.watchLateContent(() => [...this.records.values()]);
    this.showForSelection();
  }

  /** Re-reads the page's highlights from the background (they may have been edited in the popup or the library) and repaints them all. */
  async refresh(): Promise<{ placed: number; orphans: number }> {
    const { highlights } = await send({ type: 'highlights/forPage', ...pageRef() });
    const current = new Set(highlights.map((h) => h.id));
    for (const id of this.records.keys()) {
      if (!current.has(id)) {
        this.painter.unpaint(id);
        this.anchorer.forget(id);
      }
    }
    this.records = new Map(highlights.map((h) => [h.id, h]));
    return this.anchorer.anchor(highlights);
  }

  private detect(): void {
    if (!quickCheck(document).likely) return;
    const detection = extractFilm(document, { url: location.href });
    send({ type: 'page/detected', ...pageRef(), detection }).catch((e) => console.debug('Reel Notes:', e));
  }

  private listen(): void {
    const signal = this.abort.signal;
    document.addEventListener('mouseup', (e) => {
      if (this.control.contains(e.target as Node)) return;
      setTimeout(() => this.showForSelection(), 0);
    }, { signal, passive: true });
    document.addEventListener('keyup', (e) => {
      if (e.shiftKey || e.key.startsWith('Arrow')) this.showForSelection();
    }, { signal, passive: true });
    document.addEventListener('click', (e) => this.onClick(e), { signal, passive: true });
    browser.runtime.onMessage.addListener(this.onCommand);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(this.onCommand));
  }

  private selectedRange(): Range | null {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !sel.toString().trim()) return null;
    const range = sel.getRangeAt(0);
    if (this.control.host.contains(range.commonAncestorContainer)) return null;
    return range;
  }

  private showForSelection(): void {
    if (this.control.isBusy()) return;
    const range = this.selectedRange();
    if (range) {
      this.offered = range.cloneRange();
      this.control.showToolbar(range.getBoundingClientRect());
      return;
    }
    // A caret placed inside a painted highlight (by click or caret browsing) opens its card.
    const sel = document.getSelection();
    if (sel?.isCollapsed && sel.anchorNode) {
      const hit = this.painter.at(sel.anchorNode, sel.anchorOffset);
      if (hit) this.openCard(hit.id, false);
    }
  }

  private onClick(e: MouseEvent): void {
    if (this.control.contains(e.target as Node) || this.selectedRange()) return;
    const pos = caretAt(e.clientX, e.clientY);
    const hit = pos && this.painter.at(pos.node, pos.offset);
    if (hit) this.openCard(hit.id, false);
    else this.control.hideAll();
  }

  private openCard(id: string, focus: boolean): void {
    const painted = this.painter.get(id);
    const record = this.records.get(id);
    if (!painted || !record) return;
    this.control.showCard(id, record.note, painted.range.getBoundingClientRect(), focus);
  }

  async saveSelection(note: string | null): Promise<HighlightRecord | null> {
    // Typing a note moves focus (and so the page's selection) into the note field:
    // the passage is the one the toolbar was offered for.
    const range = this.selectedRange() ?? (this.control.isBusy() ? this.offered : null);
    if (!range) {
      this.control.say('Select a passage first, then save it.', true);
      return null;
    }
    const described = this.anchorer.describe(range);
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
        note: note ?? '',
      });
      this.records.set(highlight.id, highlight);
      this.painter.paint(highlight.id, described.range, highlight.color);
      document.getSelection()?.removeAllRanges();
      this.offered = null;
      this.control.hideAll();
      this.control.say('Highlight saved');
      return highlight;
    } catch (error) {
      // The note editor stays open with what was typed.
      this.control.say(`Couldn't save the highlight: ${(error as Error).message}`, true);
      return null;
    }
  }

  private async editNote(id: string, note: string): Promise<void> {
    try {
      const { highlight } = await send({ type: 'highlight/update', id, note });
      this.records.set(id, highlight);
      this.control.hideAll();
      this.control.say('Note saved');
    } catch (error) {
      this.control.say(`Couldn't save the note: ${(error as Error).message}`, true);
    }
  }

  private async remove(id: string): Promise<void> {
    try {
      await send({ type: 'highlight/delete', id });
      this.records.delete(id);
      this.painter.unpaint(id);
      this.anchorer.forget(id);
      this.control.hideAll();
      this.control.say('Highlight deleted');
    } catch (error) {
      this.control.say(`Couldn't delete the highlight: ${(error as Error).message}`, true);
    }
  }

  private onCommand = (message: unknown): Promise<unknown> | undefined => {
    const cmd = message as TabCommand;
    switch (cmd?.type) {
      case 'tools/ping':
        return Promise.resolve(true);
      case 'tools/save-selection':
        return this.saveSelection(cmd.withNote ? '' : null).then((h) => (h ? { id: h.id } : null));
      case 'tools/scroll-to': {
        const painted = this.painter.get(cmd.id);
        if (!painted) return Promise.resolve({ found: false });
        (painted.range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
        this.openCard(cmd.id, true);
        return Promise.resolve({ found: true });
      }
      case 'tools/retry':
      case 'tools/refresh':
        return this.refresh();
      case 'tools/toggle':
        this.painter.setVisible(cmd.visible);
        return Promise.resolve({ visible: cmd.visible });
      case 'tools/reattach': {
        const range = this.selectedRange();
        const described = range && this.anchorer.describe(range);
        if (!described) return Promise.resolve(null);
        const record = this.records.get(cmd.id);
        if (record) this.painter.paint(cmd.id, described.range, record.color);
        return Promise.resolve({ text: described.text, selectors: described.selectors });
      }
      default:
        return undefined;
    }
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
