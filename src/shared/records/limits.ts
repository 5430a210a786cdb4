/**
 * The sizes every record and message is held to: one home, read by the schemas,
 * the forms that count characters, and the background's content limits.
 */
export const LIMITS = {
  /** A highlighted passage. */
  text: 20_000,
  /** A note (the page's or a highlight's), Markdown. */
  note: 100_000,
  /** A URL, a page id, an alias. */
  url: 8_000,
  /** A record id. */
  id: 200,
  /** One tag, and how many a record may carry. */
  tag: 100,
  tags: 100,
  /** Selectors kept per highlight. */
  selectors: 5,
  /** A page's post title. */
  postTitle: 2_000,
  /** A person's or character's name. */
  name: 300,
  /** A film title. */
  title: 500,
  /**
   * Characters of one chunk of a file sent to import (issue 12). Small on
   * purpose: Chromium moves 250,000-character messages at about 20 MB/s, and
   * 4,000,000-character ones at 2 MB/s (measured on this 2-core machine).
   */
  importChunk: 250_000,
  /** Characters of a whole file sent in one import message (a small one: tests, an undo); far below Chrome's 64 MiB even if every character is escaped. */
  importMessage: 4_000_000,
  /** Characters of a file to import (the reader is told this limit); the staged chunks never grow past it. */
  importFile: 200_000_000,
} as const;

/** The colours a highlight may have (painter.ts holds their light and dark tints). */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** A string of at most `max` characters. */
