/**
 * W3C Web Annotation selectors as stored, sent and exported.
 * @see https://www.w3.org/TR/annotation-model/#selectors
 */
import * as v from 'valibot';
import { LIMITS } from './limits';
import { offset, str } from './schema-parts';

/** The quoted passage with some context on either side (whitespace normalised). */
export const TextQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(str(LIMITS.text), v.minLength(1)),
  prefix: v.optional(str(500)),
  suffix: v.optional(str(500)),
});

/** Offsets of the passage in the page text as the anchoring TextIndex builds it. */
export const TextPositionSelectorSchema = v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset });

/** Hypothesis's DOM range (XPaths and offsets): not used to anchor, kept so that nothing an import read is lost. */
export const RangeSelectorSchema = v.object({
  type: v.literal('RangeSelector'),
  startContainer: str(2_000),
  startOffset: offset,
  endContainer: str(2_000),
  endOffset: offset,
});

export const SelectorSchema = v.variant('type', [TextQuoteSelectorSchema, TextPositionSelectorSchema, RangeSelectorSchema]);
export const SelectorsSchema = v.pipe(v.array(SelectorSchema), v.minLength(1), v.maxLength(LIMITS.selectors));

export type TextQuoteSelector = v.InferOutput<typeof TextQuoteSelectorSchema>;
export type TextPositionSelector = v.InferOutput<typeof TextPositionSelectorSchema>;
export type RangeSelector = v.InferOutput<typeof RangeSelectorSchema>;
export type Selector = v.InferOutput<typeof SelectorSchema>;
