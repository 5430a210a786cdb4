/**
 * The anchoring types shared by capture, matching and painting.
 */

import type { Selector } from '../records/selector';

// The selectors are the data model's (records/selector.ts): one definition for capture, storage and export.
export type { Selector, TextQuoteSelector, TextPositionSelector } from '../records/selector';

/** One highlight to place: its id and the selectors saved at capture. */
export interface AnchorTarget {
  id: string;
  selectors: Selector[];
}

export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

/** Where (if anywhere) a target was placed, as offsets into {@link TextIndex.text}. */
export interface AnchorResult {
  id: string;
  status: 'placed' | 'orphan';
  start?: number;
  end?: number;
  /** 0..1; how well quote, context and position agree with the saved selectors. */
  score?: number;
  method?: AnchorMethod;
}

/**
 * The text of a page as one string (whitespace runs collapsed to one space,
 * a space between blocks) with a map back to the DOM text nodes.
 */
export interface TextIndex {
  readonly root: Node;
  /** The normalised page text. */
  readonly text: string;
  /** Text nodes that contribute to `text`, in document order. */
  readonly nodes: readonly Text[];
  /** `starts[i]`: offset in `text` of the first character `nodes[i]` contributes. */
  readonly starts: Int32Array;
  /** `ends[i]`: offset in `text` just after the last character `nodes[i]` contributes. */
  readonly ends: Int32Array;
  /** `collapsedLead[i]`: the node's leading whitespace folded into the preceding space. */
  readonly collapsedLead: Uint8Array;
}
