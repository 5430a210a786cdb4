/**
 * The every-page script and the page tools share the content script's
 * isolated world (no page script can read or set its globals). The every-page
 * script notes here when the reader's own mouseup or keyup left a selection,
 * so the page tools it loads can offer to save it: the event itself was
 * before they existed.
 */
export const TRUSTED_SELECTION = '__reelNotesTrustedSelection';

export interface TrustedSelection {
  at: number;
}
