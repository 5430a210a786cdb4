/**
 * How each record the reader edits is edited (see ./field-edit.ts), and the
 * background's side of it: check the result against the record's limits and
 * count the revision. An edit carries the revision of the copy it was made on
 * (the reader's surfaces order copies and drafts by it), but it is merged by
 * what each field changed from: that stays right when the reader kept typing
 * across a write of theirs that was merged with another (the copy's revision
 * is then the merged one, their text is not). Pure: no browser APIs.
 */
import * as v from 'valibot';
import { ReaderEntrySchema } from '../records/entry';
import { describeIssues } from '../records/issues';
import type { FilmCorrection, HighlightColor, ReaderEntry } from '../records';
import type { Kinds } from './field-edit';

export const ENTRY_KINDS: Kinds<ReaderEntry> = { rating: 'value', liked: 'value', rewatch: 'value', watchedDate: 'value', tags: 'set', note: 'text' };

export interface HighlightFields {
  note: string;
  color: HighlightColor;
}
export const HIGHLIGHT_KINDS: Kinds<HighlightFields> = { note: 'text', color: 'value' };

export interface CorrectionFields {
  correction: FilmCorrection | null;
}
export const CORRECTION_KINDS: Kinds<CorrectionFields> = { correction: 'value' };

/** The entry after an edit, within the record's limits (two windows' tags together may be too many). */
export function checkedEntry(entry: ReaderEntry): ReaderEntry {
  const r = v.safeParse(ReaderEntrySchema, entry);
  if (!r.success) throw new Error(`Not saved: with the changes made elsewhere, ${describeIssues(r.issues)}`);
  return r.output;
}

/** A record after an edit the reader made: one revision more. */
export const revised = <R extends { rev?: number }>(record: R): R => ({ ...record, rev: (record.rev ?? 0) + 1 });
