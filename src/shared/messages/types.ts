/**
 * The typed protocol between the contexts. Results travel as values, never as
 * thrown errors across the boundary: `{ ok: true, data }` or `{ ok: false, error }`.
 */
import type * as v from 'valibot';
import type { ContentMessageSchema, PageMessageSchema } from './schema';
import type { Detection, HighlightRecord, PageRecord, PageSnapshot, Selector } from '../records';
import type { FilmRecord, FilmSummary } from '../records/films';
import type { Replaced, TextConflict } from '../edits/field-edit';

/** What an import did (or, with `preview`, would do); `skipped` names what was not read and why. */
export interface ImportReport {
  pages: number;
  highlights: number;
  films: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Watches added to films' diaries. */
  watches?: number;
  skipped?: { what: string; count: number; reason: string }[];
  preview?: boolean;
}

export type ContentMessage = v.InferOutput<typeof ContentMessageSchema>;
export type PageMessage = v.InferOutput<typeof PageMessageSchema>;
export type Message = ContentMessage | PageMessage;

export type Result<T> = { ok: true; data: T } | { ok: false; error: string };

export interface TabInfo {
  tabId: number;
  url: string;
  title: string;
  pageId: string | null;
  detection: Detection | null;
  /** Writes from this tab's content script that the background refused (rate or size): shown by the popup and side panel. */
  refusedWrites?: RefusedWrites;
  /** The highlight the side panel should show first (saved "with note", or clicked on the page). */
  panelFocus?: string | null;
  /** Saved passages of the page its tools could not place (for the badge). */
  orphans?: number;
  /** The reader hid the painting with "Hide on page" (until the page is loaded again). */
  paintingHidden?: boolean;
}

export interface RefusedWrites {
  count: number;
  /** When the last one was refused (ms since the epoch), and why. */
  last: number;
  reason: string;
}

export interface PopupState {
  tab: TabInfo | null;
  page: PageRecord | null;
  highlights: HighlightRecord[];
  knownTags: string[];
  /** Whether highlights are painted on this tab's site (the reader can turn it off per site). */
  painting?: boolean;
}

/** The whole library as the options page lists it: films summed up, pages newest first. */
export interface LibraryListing {
  pages: PageRecord[];
  highlights: HighlightRecord[];
  films: FilmSummary[];
}

/** The last backup the reader exported, and the library's size then (for the health line's reminder). */
export interface BackupMark {
  /** When (ms since the epoch). */
  at: number;
  pages: number;
  highlights: number;
  films: number;
  bytes: number;
}

/** The storage panel's health line: what the library holds now, and the last backup. */
export interface LibraryHealth {
  pages: number;
  highlights: number;
  films: number;
  lastBackup: BackupMark | null;
}

/** Texts left as they were because both sides changed them (the reader chooses), and values the edit replaced. */
export interface EditOutcome {
  conflicts: TextConflict[];
  replaced: Replaced[];
}

/** What each request answers with. */
export interface Replies {
  'tab/hello': { known: boolean; pageId: string | null };
  'tools/ensure': { injected: boolean };
  /** The page's load in one round trip: its detection goes in, its highlights come back. */
  'page/load': PageHighlights;
  'highlights/forPage': PageHighlights;
  'highlight/create': { highlight: HighlightRecord };
  'highlights/status': { updated: number };
  'popup/state': PopupState;
  /** The record as stored after the edit (its new `rev`), and what of the edit could not be merged or replaced another's. */
  'entry/update': { page: PageRecord } & EditOutcome;
  'film/correct': { page: PageRecord } & EditOutcome;
  'highlight/update': { highlight: HighlightRecord } & EditOutcome;
  'highlight/delete': { deleted: boolean };
  'highlight/scrollTo': { found: boolean };
  'highlight/reattach': { highlight: HighlightRecord | null };
  'highlights/retry': { placed: number; orphans: number };
  'highlights/toggle': { visible: boolean };
  /** The whole library in one message: small libraries only (refused past a bound; the options page reads in chunks). */
  'library/list': LibraryListing;
  /** Pages most recently changed first, from `offset`, with their highlights: the options page's first screen. */
  'library/slice': { pages: PageRecord[]; highlights: HighlightRecord[]; more: boolean };
  'page/delete': { snapshot: PageSnapshot | null };
  'page/restore': { restored: boolean };
  'library/import': ImportReport;
  /** `chunkChars`: the most characters one chunk may carry; `maxChars`: the most a file may have in all. */
  'library/import-begin': { session: string; chunkChars: number; maxChars: number };
  'library/import-chunk': { chars: number };
  'library/import-commit': ImportReport;
  'library/import-abort': { aborted: boolean };
  'library/health': LibraryHealth;
  'library/exported': BackupMark;
  'highlight/restore': { restored: boolean };
  /** The film as it was stored, so that undo can put it back whole. */
  'film-rating/delete': { deleted: boolean; film: FilmRecord | null };
  'highlight/clicked': { shown: boolean };
  'site/painting': { site: string; paint: boolean };
  'storage/estimate': { usage: number | null; quota: number | null; persisted: boolean | null };
  'sidepanel/open': { opened: boolean };
  'sidepanel/focus': { highlightId: string | null };
  'film/related': RelatedReviews;
}

/** Other places the reader met this page's film (matched by normalized title and year). */
export interface RelatedReviews {
  reviews: { pageId: string; url: string; postTitle: string; site: string; rating: number | null }[];
  letterboxd: { rating: number | null; watchedDate: string | null; uri: string | null } | null;
}

/** What the background tells open extension pages (side panel, popup) after a change that concerns a tab or page. */
export interface ReaderChanged {
  type: 'reader/changed';
  tabId?: number;
  pageId?: string;
  focusHighlight?: string;
}

/** `paint: false` when the reader turned painting off for this site: then no highlight is sent to the page. */
export interface PageHighlights {
  pageId: string | null;
  highlights: HighlightRecord[];
  paint: boolean;
}

/** Messages the background sends to a tab's page tools (only the background can: tabs.sendMessage). */
export type TabCommand =
  | { type: 'tools/save-selection' }
  | { type: 'tools/scroll-to'; id: string }
  | { type: 'tools/reattach'; id: string }
  | { type: 'tools/retry' }
  | { type: 'tools/refresh' }
  | { type: 'tools/toggle'; visible: boolean }
  | { type: 'tools/detect' };

/** What the page tools answer each command with. */
export interface TabReplies {
  'tools/save-selection': { id: string } | null;
  'tools/scroll-to': { found: boolean };
  /** The passage now selected, described, or null when nothing usable is selected. */
  'tools/reattach': { text: string; selectors: Selector[] } | null;
  'tools/retry': { placed: number; orphans: number };
  'tools/refresh': { placed: number; orphans: number };
  'tools/toggle': { visible: boolean };
  'tools/detect': { detected: boolean };
}
