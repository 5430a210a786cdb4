/**
 * Scripted edits of a saved page for the anchoring suite: pick passages in
 * distinct blocks, save their selectors, edit the page the way blogs do, then
 * anchor everything in one call and count placed correctly / orphaned / placed
 * wrongly. Ground truth is a live DOM Range over each passage, which the DOM
 * keeps up to date through the edits (or, for edits that leave the page text
 * unchanged, the offsets from before).
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { mulberry32 } from '../../support/seeded-random';
import {
  anchorAll,
  buildTextIndex,
  describe,
  offsetOf,
  rangeFor,
  rangeOffsets,
  type AnchorResult,
  type Selector,
  type TextIndex,
} from '../../../src/shared/anchoring';

export const EDIT_KINDS = [
  'none',
  'insert-before-block',
  'insert-before-inline',
  'delete-before',
  'delete-word-inside',
  'change-word-inside',
  'whitespace',
  'markup-em',
  'markup-rewrap',
  'repeated',
  'removed',
  'block-removed',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** Kinds after which the passage is gone: the only right answer is orphan. */
export const GONE: ReadonlySet<EditKind> = new Set(['removed', 'block-removed']);

export interface SuiteCounts {
  cases: number;
  correct: number;
  orphaned: number;
  wrong: number;
  /** Placed correctly with both boundaries exactly where the passage is. */
  exactBoundaries: number;
  failures: string[];
}

/** Deterministic PRNG (mulberry32). */
export const rng = mulberry32;

const BLOCKS = new Set(['P', 'LI', 'DD', 'DT', 'TD', 'TH', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION', 'DIV', 'PRE']);

function blockOf(node: Node): Element | null {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === 1 && BLOCKS.has((n as Element).tagName)) return n as Element;
  }
  return null;
}

export function parse(html: string): Document {
  // Real pages carry CSS jsdom cannot parse; that noise is not ours.
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
}

interface Passage {
  id: string;
  /** For edits that move the passage's nodes (live ranges collapse): offsets relative to its block. */
  relative?: [number, number];
  /** Offset of the block's first text, taken before any edit. */
  blockStart: number;
  start: number;
  end: number;
  block: Element;
  range: Range;
  selectors: Selector[];
}

/** Word spans [s, e) of `text` fully inside [from, to). */
function words(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  const re = /(?<![\p{L}\p{N}'’-])\p{L}{3,}(?![\p{L}\p{N}'’-])/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index + m[0].length <= to; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

function nodeIndexAt(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Characters of text kept between the blocks of two passages. */
const GAP = 48;

function hasRepeatedPart(text: string, quote: string, width = 20, step = 10): boolean {
  for (let i = 0; i + width <= quote.length; i += step) {
    const part = quote.slice(i, i + width);
    if (text.indexOf(part) !== text.lastIndexOf(part)) return true;
  }
  return false;
}

function pickPassages(index: TextIndex, count: number, rand: () => number): Passage[] {
  const { text } = index;
  const out: Passage[] = [];
  const used = new Set<Element>();
  const claims: [number, number][] = [];
  for (let tries = 0; out.length < count && tries < count * 60; tries++) {
    let s = Math.floor(rand() * text.length);
    while (s > 0 && text[s - 1] !== ' ') s--;
    const want = 30 + Math.floor(rand() * 170);
    let e = Math.min(text.length, s + want);
    while (e < text.length && /\S/.test(text[e])) e++;
    const quote = text.slice(s, e).trim();
    if (quote.length < 30 || quote.split(' ').length < 5) continue;
    if (!/[a-z]{3,}/i.test(quote)) continue;
    if (text.indexOf(quote) !== text.lastIndexOf(quote)) continue; // unique, so ground truth is unambiguous
    // No part of it repeated elsewhere either: in boilerplate repeated with one word different
    // ("You are commenting using your Twitter / Facebook account") a changed word makes the
    // passage genuinely ambiguous, and orphaning it is the right answer, not a miss.
    if (hasRepeatedPart(text, quote)) continue;
    // (Ranges are slow to make in jsdom: check the blocks on the index's own node map first.)
    const block = blockOf(index.nodes[nodeIndexAt(index, s)]);
    if (!block || block !== blockOf(index.nodes[nodeIndexAt(index, e - 1)]) || used.has(block)) continue;
    if ([...used].some((b) => b.contains(block) || block.contains(b))) continue;
    // Keep a gap to other passages' blocks, so that each passage's saved context sees
    // only its own edit (neighbouring edits are still in play further out).
    const bs = offsetOf(index, block, 0);
    const be = offsetOf(index, block, block.childNodes.length);
    if (claims.some(([a, b]) => bs - GAP < b && a < be + GAP)) continue;
    claims.push([bs, be]);
    const range = rangeFor(index, s, e);
    const selectors = describe(index, range);
    if (!selectors) continue;
    used.add(block);
    const pos = selectors.find((x) => x.type === 'TextPositionSelector')!;
    const blockStart = offsetOf(index, block, 0);
    out.push({ id: `p${out.length}`, start: pos.start, end: pos.end, block, blockStart, range, selectors });
  }
  return out;
}

/** Applies one edit of `kind` for a passage; false if the passage does not suit it. */
function edit(kind: EditKind, p: Passage, index: TextIndex, rand: () => number, all: Passage[]): boolean {
  const doc = p.block.ownerDocument;
  const { text } = index;
  const innerWord = (): { node: Text; off: number; len: number } | null => {
    const len = p.end - p.start;
    const ws = words(text, p.start + Math.floor(len / 4), p.end - Math.floor(len / 4));
    for (let k = 0; k < ws.length; k++) {
      const [a, b] = ws[(k + Math.floor(rand() * ws.length)) % ws.length];
      const r = rangeFor(index, a, b);
      if (r.startContainer === r.endContainer && r.startContainer.nodeType === 3) {
        return { node: r.startContainer as Text, off: r.startOffset, len: r.endOffset - r.startOffset };
      }
    }
    return null;
  };
  switch (kind) {
    case 'none':
      return true;
    case 'insert-before-block': {
      const el = doc.createElement('p');
      el.textContent = 'Update: a reader pointed out a detail we had missed, so this paragraph was added later.';
      p.block.parentNode!.insertBefore(el, p.block);
      return true;
    }
    case 'insert-before-inline': {
      const node = p.range.startContainer;
      if (node.nodeType !== 3) return false;
      const added = 'Frankly, and to nobody’s surprise, ';
      const off = p.range.startOffset;
      (node as Text).insertData(off, added);
      p.range.setStart(node, off + added.length);
      return true;
    }
    case 'delete-before': {
      const blockStart = p.blockStart;
      if (p.start - blockStart >= 25) {
        const to = p.start - 3;
        const from = Math.max(blockStart, to - 40);
        rangeFor(index, from, to).deleteContents();
        return true;
      }
      const prev = p.block.previousElementSibling;
      if (!prev || prev.textContent!.trim() === '' || all.some((o) => prev.contains(o.block))) return false;
      prev.remove();
      return true;
    }
    case 'delete-word-inside': {
      const w = innerWord();
      if (!w) return false;
      const after = w.node.data.charCodeAt(w.off + w.len) === 32 ? 1 : 0;
      w.node.deleteData(w.off, w.len + after);
      return true;
    }
    case 'change-word-inside': {
      const w = innerWord();
      if (!w) return false;
      const old = w.node.data.slice(w.off, w.off + w.len);
      const repl = old.toLowerCase() === 'remarkable' ? 'striking' : 'remarkable';
      w.node.replaceData(w.off, w.len, repl);
      return true;
    }
    case 'whitespace': {
      const walker = doc.createTreeWalker(p.block, 4);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      for (const n of nodes) {
        const runs = [...n.data.matchAll(/ +/g)].reverse();
        for (const m of runs) n.replaceData(m.index!, m[0].length, rand() < 0.5 ? '\n\t  ' : '\u00a0 ');
      }
      return true;
    }
    case 'markup-em': {
      const w = innerWord();
      if (!w) return false;
      const r = doc.createRange();
      r.setStart(w.node, w.off);
      r.setEnd(w.node, w.off + w.len);
      r.surroundContents(doc.createElement('em'));
      return true;
    }
    case 'markup-rewrap': {
      p.relative = [p.start - p.blockStart, p.end - p.blockStart];
      // A theme update: the paragraph becomes a block inside wrapper divs, with new whitespace around it.
      const outer = doc.createElement('div');
      outer.className = 'wp-block-group';
      const inner = doc.createElement('div');
      inner.className = 'wp-block-group__inner-container';
      outer.append(doc.createTextNode('\n  '), inner, doc.createTextNode('\n'));
      p.block.parentNode!.insertBefore(outer, p.block);
      inner.append(doc.createTextNode('\n    '), p.block, doc.createTextNode('\n  '));
      return true;
    }
    case 'repeated': {
      // The same words again elsewhere, with other context on both sides: a pull quote two
      // blocks away. (Right next to the passage, one context side of the copy would be the
      // passage's own: see the "ambiguous" unit test.)
      const quote = (p.selectors.find((x) => x.type === 'TextQuoteSelector') as { exact: string }).exact;
      const el = doc.createElement('blockquote');
      el.textContent = `“${quote}”, as the critic put it.`;
      const before = p.block.previousElementSibling?.previousElementSibling;
      const after = p.block.nextElementSibling?.nextElementSibling;
      const at = rand() < 0.5 ? before ?? after : after ?? before;
      if (!at) return false;
      at.parentNode!.insertBefore(el, at);
      return true;
    }
    case 'removed':
      p.range.deleteContents();
      return true;
    case 'block-removed':
      p.block.remove();
      return true;
  }
}

function trim(text: string, s: number, e: number): [number, number] {
  while (s < e && text[s] === ' ') s++;
  while (e > s && text[e - 1] === ' ') e--;
  return [s, e];
}

const TEXT_PRESERVING: ReadonlySet<EditKind> = new Set(['none', 'whitespace', 'markup-em', 'markup-rewrap']);

const empty = (): SuiteCounts => ({ cases: 0, correct: 0, orphaned: 0, wrong: 0, exactBoundaries: 0, failures: [] });

/**
 * Picks up to `count` passages on one fresh copy of the page, gives each one
 * edit (the kinds in turn, so one page gets many different edits at once, as
 * a real page does over time), anchors them all in one call and counts per kind.
 */
export function runEdits(html: string, kinds: EditKind | readonly EditKind[], count: number, seed: number): Map<EditKind, SuiteCounts> {
  const list: readonly EditKind[] = typeof kinds === 'string' ? [kinds] : kinds;
  const rand = rng(seed);
  const doc = parse(html);
  const before = buildTextIndex(doc.body);
  const passages = pickPassages(before, count, rand);
  const kindOf = new Map<Passage, EditKind>();
  // Rotate by seed so that pages with few passages still meet every kind over a few seeds.
  passages.forEach((p, i) => kindOf.set(p, list[(i + seed * 7) % list.length]));
  // Offsets were taken on `before`; an edit in one block does not move another block's ranges.
  const edited = passages.filter((p) => edit(kindOf.get(p)!, p, before, rand, passages));
  const after = buildTextIndex(doc.body);
  const preserving = list.every((k) => TEXT_PRESERVING.has(k));
  if (preserving && after.text !== before.text) throw new Error(`${list.join(', ')}: page text changed`);
  const results: AnchorResult[] = anchorAll(after, edited.map((p) => ({ id: p.id, selectors: p.selectors })));
  const out = new Map<EditKind, SuiteCounts>(list.map((k) => [k, empty()]));
  edited.forEach((p, k) => {
    const kind = kindOf.get(p)!;
    const counts = out.get(kind)!;
    counts.cases++;
    const r = results[k];
    const quote = (p.selectors[0] as { exact: string }).exact;
    if (GONE.has(kind)) {
      if (r.status === 'orphan') counts.correct++, counts.orphaned++;
      else {
        counts.wrong++;
        counts.failures.push(`${kind} ${p.id}: placed on ${JSON.stringify(after.text.slice(r.start, r.end))} for removed ${JSON.stringify(quote)}`);
      }
      return;
    }
    // Text-preserving edits keep offsets; otherwise the live range says where the passage is now.
    let [es, ee]: number[] = [p.start, p.end];
    if (p.relative) {
      const bs = offsetOf(after, p.block, 0);
      [es, ee] = [bs + p.relative[0], bs + p.relative[1]];
    } else if (!preserving) {
      const live = rangeOffsets(after, p.range);
      [es, ee] = trim(after.text, live.start, live.end);
    }
    if (r.status === 'orphan') {
      counts.orphaned++;
      counts.failures.push(`${kind} ${p.id}: orphaned; expected ${JSON.stringify(after.text.slice(es, ee))} (quote ${JSON.stringify(quote)})`);
      return;
    }
    if (Math.abs(r.start! - es) <= 2 && Math.abs(r.end! - ee) <= 2) {
      counts.correct++;
      if (r.start === es && r.end === ee) counts.exactBoundaries++;
    } else {
      counts.wrong++;
      counts.failures.push(
        `${kind} ${p.id}: placed on ${JSON.stringify(after.text.slice(r.start, r.end))} [${r.start},${r.end}) ` +
          `expected ${JSON.stringify(after.text.slice(es, ee))} [${es},${ee}) ${r.method} ${r.score}`,
      );
    }
  });
  return out;
}

/** Adds counts into a running total. */
export function addCounts(into: SuiteCounts, c: SuiteCounts): void {
  into.cases += c.cases;
  into.correct += c.correct;
  into.orphaned += c.orphaned;
  into.wrong += c.wrong;
  into.exactBoundaries += c.exactBoundaries;
  into.failures.push(...c.failures);
}

export { empty as emptyCounts };
