import { offsetOf } from './text-index';
import type { Selector, TextIndex, TextPositionSelector, TextQuoteSelector } from './types';

/** Characters of context saved on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/**
 * Selectors for `text.slice(start, end)` of the index, after trimming
 * whitespace at both ends. Null when nothing but whitespace is selected.
 */
export function describeOffsets(
  index: TextIndex,
  start: number,
  end: number,
): [TextQuoteSelector, TextPositionSelector] | null {
  const { text } = index;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  if (start === end) return null;
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** Offsets in `index.text` covered by a DOM range (untrimmed). */
export function rangeOffsets(index: TextIndex, range: AbstractRange): { start: number; end: number } {
  const start = offsetOf(index, range.startContainer, range.startOffset);
  const end = offsetOf(index, range.endContainer, range.endOffset);
  return { start, end: Math.max(start, end) };
}

/**
 * W3C selectors (quote with context, and position) for a selection.
 * Returns null for a selection with no text in the index (collapsed,
 * whitespace only, or inside skipped elements such as our own UI).
 */
export function describe(index: TextIndex, range: AbstractRange): Selector[] | null {
  const { start, end } = rangeOffsets(index, range);
  return describeOffsets(index, start, end);
}
