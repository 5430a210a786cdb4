/**
 * Paints highlights with the CSS Custom Highlight API, which leaves the page's
 * DOM untouched (https://developer.mozilla.org/docs/Web/API/CSS_Custom_Highlight_API).
 * Where it is missing (older Firefox), ranges are wrapped in <mark> elements.
 */
import type { HighlightColor } from '../../shared/records';

const COLORS: Record<HighlightColor, { light: string; dark: string }> = {
  yellow: { light: 'rgba(255, 214, 10, 0.45)', dark: 'rgba(255, 214, 10, 0.35)' },
  green: { light: 'rgba(52, 199, 89, 0.35)', dark: 'rgba(52, 199, 89, 0.35)' },
  blue: { light: 'rgba(10, 132, 255, 0.28)', dark: 'rgba(100, 170, 255, 0.38)' },
  pink: { light: 'rgba(255, 55, 135, 0.30)', dark: 'rgba(255, 100, 160, 0.38)' },
};

const name = (color: HighlightColor) => `reel-notes-${color}`;

function stylesheetText(): string {
  let css = '';
  for (const [color, c] of Object.entries(COLORS) as [HighlightColor, { light: string; dark: string }][]) {
    css += `::highlight(${name(color)}) { background-color: ${c.light}; color: inherit; }\n`;
    css += `mark[data-reel-notes="${color}"] { background-color: ${c.light}; color: inherit; }\n`;
    css += `@media (prefers-color-scheme: dark) { ::highlight(${name(color)}) { background-color: ${c.dark}; } mark[data-reel-notes="${color}"] { background-color: ${c.dark}; } }\n`;
  }
  return css;
}

export interface Painted {
  id: string;
  range: Range;
  color: HighlightColor;
}

export class Painter {
  private painted = new Map<string, Painted>();
  private marks = new Map<string, HTMLElement[]>();
  private visible = true;
  private style: HTMLStyleElement | null = null;
  readonly native = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof (globalThis as any).Highlight === 'function';

  constructor(private doc: Document) {}

  /** The colours' stylesheet, added with the first painted highlight: a page with none sees nothing. */
  private ensureStyle(): void {
    if (this.style?.isConnected) return;
    this.style = this.doc.createElement('style');
    this.style.dataset.reelNotes = 'highlights';
    this.style.textContent = stylesheetText();
    this.style.media = this.visible ? '' : 'not all';
    (this.doc.head ?? this.doc.documentElement).append(this.style);
  }

  paint(id: string, range: Range, color: HighlightColor): void {
    this.ensureStyle();
    this.unpaint(id);
    this.painted.set(id, { id, range, color });
    if (!this.native) this.marks.set(id, wrap(this.doc, range, color));
    this.refresh();
  }

  unpaint(id: string): void {
    this.painted.delete(id);
    for (const mark of this.marks.get(id) ?? []) mark.replaceWith(...Array.from(mark.childNodes));
    this.marks.delete(id);
    this.refresh();
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    if (this.style) this.style.media = visible ? '' : 'not all';
    this.refresh();
  }

  get(id: string): Painted | undefined {
    return this.painted.get(id);
  }

  /** The highlight under a point of the document (painted highlights are not elements, so hit-test by range). */
  at(node: Node, offset: number): Painted | undefined {
    for (const p of this.painted.values()) {
      try {
        if (p.range.isPointInRange(node, offset)) return p;
      } catch {
        // A range whose nodes left the document.
      }
    }
    return undefined;
  }

  private refresh(): void {
    if (!this.native) return;
    const registry = (CSS as any).highlights as Map<string, unknown>;
    const HighlightCtor = (globalThis as any).Highlight;
    for (const color of Object.keys(COLORS) as HighlightColor[]) {
      const ranges = this.visible ? [...this.painted.values()].filter((p) => p.color === color).map((p) => p.range) : [];
      if (ranges.length) registry.set(name(color), new HighlightCtor(...ranges));
      else registry.delete(name(color));
    }
  }

  destroy(): void {
    for (const id of [...this.painted.keys()]) this.unpaint(id);
    this.style?.remove();
  }
}

/** Fallback: wrap each text node of the range in a <mark>, splitting at the edges. */
function wrap(doc: Document, range: Range, color: HighlightColor): HTMLElement[] {
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  for (let n = walker.currentNode as Node | null; n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE && range.intersectsNode(n)) texts.push(n as Text);
  }
  const marks: HTMLElement[] = [];
  for (let text of texts) {
    if (text === range.endContainer) text.splitText(range.endOffset);
    if (text === range.startContainer && range.startOffset > 0) text = text.splitText(range.startOffset);
    if (!text.data.trim()) continue;
    const mark = doc.createElement('mark');
    mark.dataset.reelNotes = color;
    text.replaceWith(mark);
    mark.append(text);
    marks.push(mark);
  }
  return marks;
}
