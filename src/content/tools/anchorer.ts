/**
 * Finds the page's saved highlights in the live page and paints them; keeps
 * trying the unplaced ones while late content arrives (lazy or client-rendered
 * posts), for a bounded time. Never drops a highlight: unplaced ones are
 * reported as orphans.
 */
import { buildTextIndex, rangeFor } from '../../shared/anchoring/text-index';
import { describe } from '../../shared/anchoring/describe';
import { anchorAll } from '../../shared/anchoring/match';
import type { HighlightRecord, RangeSelector, Selector } from '../../shared/records';
import type { Painter } from './painter';

type Status = { id: string; status: 'placed' | 'orphan' };

const LATE_CONTENT_WINDOW_MS = 20_000;
const DEBOUNCE_MS = 250;

export class HighlightAnchorer {
  private placed = new Set<string>();
  private observer: MutationObserver | null = null;

  constructor(
    private doc: Document,
    private painter: Painter,
    private report: (statuses: Status[]) => void,
  ) {}

  private root(): Node {
    return this.doc.body ?? this.doc.documentElement;
  }

  describe(range: Range): { text: string; selectors: Selector[]; range: Range } | null {
    const index = buildTextIndex(this.root());
    const described = describe(index, range);
    if (!described) return null;
    const quote = described.find((s) => s.type === 'TextQuoteSelector') as { exact: string } | undefined;
    if (!quote?.exact) return null;
    return { text: quote.exact, selectors: described, range: range.cloneRange() };
  }

  /** One pass over one text index for all the given highlights. */
  anchor(records: HighlightRecord[]): { placed: number; orphans: number } {
    const index = buildTextIndex(this.root());
    // Only text selectors anchor; an imported RangeSelector is kept on the record, not used.
    const results = anchorAll(index, records.map((r) => ({ id: r.id, selectors: r.selectors.filter((s): s is Exclude<Selector, RangeSelector> => s.type !== 'RangeSelector') })));
    const byId = new Map(records.map((r) => [r.id, r]));
    const statuses: Status[] = [];
    let placed = 0;
    for (const result of results) {
      const record = byId.get(result.id);
      if (!record) continue;
      if (result.status === 'placed' && result.start != null && result.end != null) {
        this.painter.paint(record.id, rangeFor(index, result.start, result.end), record.color);
        this.placed.add(record.id);
        placed++;
      } else {
        this.painter.unpaint(record.id);
        this.placed.delete(record.id);
      }
      statuses.push({ id: record.id, status: result.status });
    }
    this.report(statuses);
    return { placed, orphans: records.length - placed };
  }

  forget(id: string): void {
    this.placed.delete(id);
  }

  /** Re-anchors the unplaced highlights on DOM changes, debounced, for a bounded time. */
  watchLateContent(records: () => HighlightRecord[]): void {
    if (this.observer || typeof MutationObserver === 'undefined') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const retry = () => {
      const unplaced = records().filter((r) => !this.placed.has(r.id));
      if (unplaced.length === 0) return;
      // Re-run over all so the index and the painted ranges agree after the change.
      this.anchor(records());
    };
    this.observer = new MutationObserver((mutations) => {
      if (mutations.every((m) => (m.target as Element).localName === 'reel-notes-ui')) return;
      clearTimeout(timer);
      timer = setTimeout(retry, DEBOUNCE_MS);
    });
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    setTimeout(() => {
      this.observer?.disconnect();
      this.observer = null;
    }, LATE_CONTENT_WINDOW_MS);
  }
}
