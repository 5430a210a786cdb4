/**
 * What the every-page script and the page tools share. Both run in the
 * content script's isolated world (no page script can read or set its
 * globals): the flag the page tools set once loaded, and the note the
 * every-page script leaves when the reader's own mouseup or keyup left a
 * selection, so the page tools it loads can offer to save it (the event
 * itself was before they existed).
 */
export const TRUSTED_SELECTION = '__reelNotesTrustedSelection';
export const TOOLS_FLAG = '__reelNotesTools';

export interface TrustedSelection {
  at: number;
}

export const hasTools = (): boolean => Boolean((globalThis as Record<string, unknown>)[TOOLS_FLAG]);

/** The document's selection when it holds some visible text, else null. */
export function textSelection(doc: Document): Selection | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !selection.toString().trim()) return null;
  return selection;
}
