/**
 * Anchoring: text index of a page, selection → W3C selectors (describe),
 * selectors → offsets (anchorAll) → DOM range (rangeFor). The readers of
 * W3C and Hypothesis JSON are formats (formats/annotation-json.ts).
 * Pure: takes the DOM as a parameter.
 */
export type {
  AnchorMethod,
  AnchorResult,
  AnchorTarget,
  Selector,
  TextIndex,
  TextPositionSelector,
  TextQuoteSelector,
} from './types';
export { buildTextIndex, offsetOf, rangeFor } from './text-index';
export { CONTEXT_LENGTH, describe, describeOffsets, rangeOffsets } from './describe';
export { anchorAll, foldedText } from './match';
export { fold, normaliseWhitespace } from './normalize';
