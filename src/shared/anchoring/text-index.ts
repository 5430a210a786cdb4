import { isSpace } from './normalize';
import type { TextIndex } from './types';

/** Elements whose text is never page prose (and our own in-page UI host). */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'IFRAME', 'OBJECT', 'REEL-NOTES-UI',
]);

/**
 * Elements that start a new line when rendered: a space is put between them
 * so that `<p>a</p><p>b</p>` reads "a b" whether or not the theme puts
 * whitespace between its tags.
 */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'OPTION', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'IMG', 'BODY', 'HTML',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/**
 * One walk over the text nodes under `root`, building the normalised page
 * text and the map back to the nodes. Cost is linear in the page.
 *
 * Elements with the `hidden` attribute are not skipped: asking every element
 * costs more than the rest of the walk in jsdom, and hidden text only ever
 * adds candidates that the quote and context checks must still accept.
 */
export function buildTextIndex(root: Node): TextIndex {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const lead: number[] = [];
  let length = 0;
  let prevSpace = true; // no leading space at the start of the text

  const addText = (node: Text) => {
    const data = node.data;
    if (data.length === 0) return;
    let norm = data.replace(/\s+/g, ' ');
    const collapsed = prevSpace && norm.charCodeAt(0) === 32;
    if (collapsed) norm = norm.slice(1);
    if (norm.length === 0) return;
    nodes.push(node);
    starts.push(length);
    lead.push(collapsed ? 1 : 0);
    parts.push(norm);
    length += norm.length;
    ends.push(length);
    prevSpace = norm.charCodeAt(norm.length - 1) === 32;
  };

  const rootType = root.nodeType;
  if (rootType === TEXT_NODE || rootType === CDATA_SECTION_NODE) {
    addText(root as Text);
  } else {
    // Iterative depth-first walk (the fastest traversal in jsdom); entering and
    // leaving a block element puts a break (one space, never doubled).
    let node: Node | null = root.firstChild;
    while (node) {
      const type = node.nodeType;
      if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
        addText(node as Text);
      } else if (type === ELEMENT_NODE) {
        const name = node.nodeName;
        if (!SKIP.has(name)) {
          if (BLOCK.has(name) && !prevSpace) {
            parts.push(' ');
            length += 1;
            prevSpace = true;
          }
          const child: Node | null = node.firstChild;
          if (child !== null) {
            node = child;
            continue;
          }
        }
      }
      // Climb until a next sibling exists, closing block elements on the way.
      let next: Node | null = node.nextSibling;
      while (next === null) {
        node = node!.parentNode;
        if (node === null || node === root) break;
        if (!prevSpace && BLOCK.has(node.nodeName)) {
          parts.push(' ');
          length += 1;
          prevSpace = true;
        }
        next = node.nextSibling;
      }
      node = next;
    }
  }

  let text = parts.join('');
  // No trailing space either (a break, or the last node's trailing whitespace).
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    const last = ends.length - 1;
    if (last >= 0 && ends[last] > text.length) {
      ends[last] = text.length;
      if (starts[last] >= ends[last]) {
        nodes.pop();
        starts.pop();
        ends.pop();
        lead.pop();
      }
    }
  }
  return {
    root,
    text,
    nodes,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    collapsedLead: Uint8Array.from(lead),
  };
}

/** Number of normalised characters `data.slice(0, raw)` contributes. */
function normalisedLength(data: string, raw: number, collapsedLead: boolean): number {
  let n = 0;
  let prev = collapsedLead;
  for (let i = 0; i < raw && i < data.length; i++) {
    const sp = isSpace(data.charCodeAt(i));
    if (sp && prev) continue;
    n++;
    prev = sp;
  }
  return n;
}

/** Raw offset in `data` of the k-th normalised character (k may equal the length). */
function rawOffset(data: string, k: number, collapsedLead: boolean): number {
  let n = 0;
  let prev = collapsedLead;
  for (let i = 0; i < data.length; i++) {
    const sp = isSpace(data.charCodeAt(i));
    if (sp && prev) continue;
    if (n === k) return i;
    n++;
    prev = sp;
  }
  return data.length;
}

/** Index of the last node whose start is <= offset, or -1. */
function nodeAt(index: TextIndex, offset: number): number {
  const { starts } = index;
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The DOM range covering `text.slice(start, end)` of the index.
 * Offsets are clamped to the text.
 */
export function rangeFor(index: TextIndex, start: number, end: number): Range {
  const doc = index.root.ownerDocument ?? (index.root as Document);
  const range = doc.createRange();
  const n = index.nodes.length;
  if (n === 0) {
    range.selectNodeContents(index.root);
    range.collapse(true);
    return range;
  }
  start = Math.max(0, Math.min(start, index.text.length));
  end = Math.max(start, Math.min(end, index.text.length));

  // Start: the node holding character `start`, or the next node if it is a break space.
  let i = nodeAt(index, start);
  if (i < 0) i = 0;
  if (start >= index.ends[i] && i + 1 < n) i++;
  const sNode = index.nodes[i];
  const k = Math.max(0, start - index.starts[i]);
  range.setStart(sNode, start >= index.ends[i] ? sNode.data.length : rawOffset(sNode.data, k, index.collapsedLead[i] === 1));

  if (end === start) {
    range.collapse(true);
    return range;
  }
  // End: the node holding character `end - 1`, or the previous node if it is a break space.
  let j = nodeAt(index, end - 1);
  if (j < 0) j = 0;
  const eNode = index.nodes[j];
  let eOff: number;
  if (end - 1 >= index.ends[j]) eOff = eNode.data.length;
  else eOff = rawOffset(eNode.data, end - 1 - index.starts[j], index.collapsedLead[j] === 1) + 1;
  range.setEnd(eNode, eOff);
  return range;
}

/** Index into `index.nodes` of a text node, or -1 (built lazily, cached per index). */
const nodeIds = new WeakMap<TextIndex, Map<Node, number>>();
function idOf(index: TextIndex, node: Node): number {
  let m = nodeIds.get(index);
  if (!m) {
    m = new Map();
    index.nodes.forEach((t, i) => m!.set(t, i));
    nodeIds.set(index, m);
  }
  return m.get(node) ?? -1;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const CONTAINED_BY = 16; // Node.DOCUMENT_POSITION_CONTAINED_BY

/** First indexed node at or after `ref` in document order (descendants of `ref` included). */
function firstNodeFrom(index: TextIndex, ref: Node, includeDescendants: boolean): number {
  const { nodes } = index;
  let lo = 0;
  let hi = nodes.length; // answer in [0, n]
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = nodes[mid];
    const pos = ref.compareDocumentPosition(t);
    const after = t === ref ? includeDescendants
      : (pos & CONTAINED_BY) !== 0 ? includeDescendants
      : (pos & FOLLOWING) !== 0;
    if (after) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Offset in `index.text` of a DOM boundary point (as in a Range). */
export function offsetOf(index: TextIndex, container: Node, offset: number): number {
  const total = index.text.length;
  if (container.nodeType === TEXT_NODE || container.nodeType === CDATA_SECTION_NODE) {
    const id = idOf(index, container);
    if (id >= 0) {
      const k = normalisedLength((container as Text).data, offset, index.collapsedLead[id] === 1);
      return Math.min(index.starts[id] + k, index.ends[id]);
    }
    const next = firstNodeFrom(index, container, false);
    return next < index.nodes.length ? index.starts[next] : total;
  }
  const child = container.childNodes[offset];
  const next = child ? firstNodeFrom(index, child, true) : firstNodeFrom(index, container, false);
  return next < index.nodes.length ? index.starts[next] : total;
}
