/**
 * The requests behind each editor's autosave (see use-autosave.ts), one per
 * record kind, and how their answers read to the reader. Shared by the
 * popup, the side panel and the library, so the three edit the same way.
 */
import { request } from '../platform/messaging';
import type { Draft, Sending, EditReply } from '../shared/edits/session';
import type { CorrectionFields, HighlightFields } from '../shared/edits/records';
import { setChange, type Replaced } from '../shared/edits/field-edit';
import type { CorrectionEdit, EntryEdit, HighlightEdit } from '../shared/records/edit';
import type { HighlightRecord, PageRecord, ReaderEntry } from '../shared/records';

type Target = { tabId: number } | { pageId: string };

export const entrySynced = (page: PageRecord | null, entry: ReaderEntry) => ({ rev: page?.rev ?? 0, values: entry });

export function sendEntry(target: Target, onSaved: (page: PageRecord) => void) {
  return async (s: Sending<ReaderEntry>): Promise<EditReply<ReaderEntry>> => {
    const { page, conflicts, replaced } = await request({ type: 'entry/update', target, base: s.baseRev, edit: s.edit as EntryEdit });
    onSaved(page);
    return { rev: page.rev ?? 0, values: page.entry, conflicts, replaced };
  };
}

export function sendCorrection(target: Target, onSaved: (page: PageRecord) => void) {
  return async (s: Sending<CorrectionFields>): Promise<EditReply<CorrectionFields>> => {
    const { page, conflicts, replaced } = await request({ type: 'film/correct', target, base: s.baseRev, edit: s.edit as CorrectionEdit });
    onSaved(page);
    return { rev: page.rev ?? 0, values: { correction: page.correction }, conflicts, replaced };
  };
}

export const highlightSynced = (h: HighlightRecord) => ({ rev: h.rev ?? 0, values: { note: h.note, color: h.color } });

export function sendHighlight(id: string, onSaved: (h: HighlightRecord) => void) {
  return async (s: Sending<HighlightFields>): Promise<EditReply<HighlightFields>> => {
    const { highlight, conflicts, replaced } = await request({ type: 'highlight/update', id, base: s.baseRev, edit: s.edit as HighlightEdit });
    onSaved(highlight);
    return { ...highlightSynced(highlight), conflicts, replaced };
  };
}

const LABELS: Record<string, string> = { rating: 'rating', liked: 'liked', rewatch: 'rewatch', watchedDate: 'watched date', color: 'colour', correction: 'film correction' };

/** A replaced value in words: "rating (was 3 stars)". */
export function replacedItems(replaced: Replaced[]): { label: string; theirs: string }[] {
  return replaced.map((r) => ({ label: LABELS[r.field] ?? r.field, theirs: inWords(r.field, r.theirs) }));
}

function inWords(field: string, value: unknown): string {
  if (value === null || value === undefined) return 'not set';
  if (field === 'rating') return `${String(value)} stars`;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (field === 'correction') return 'another correction';
  return String(value);
}

/** Every change a draft holds, in words: what the reader is offered to restore (or lets go). */
export function entryDraftSummary(d: Draft<ReaderEntry>): string {
  const lines: string[] = [];
  if (d.mine.tags) {
    const c = setChange(d.base.tags ?? [], d.mine.tags);
    if (c.add.length) lines.push(`Tags added: ${c.add.join(', ')}`);
    if (c.remove.length) lines.push(`Tags removed: ${c.remove.join(', ')}`);
  }
  for (const f of ['rating', 'liked', 'rewatch', 'watchedDate'] as const) {
    if (f in d.mine) lines.push(`${LABELS[f][0].toUpperCase()}${LABELS[f].slice(1)}: ${inWords(f, d.mine[f])}`);
  }
  if (d.mine.note !== undefined) lines.push(`Note:\n${d.mine.note}`);
  return lines.join('\n');
}

export function correctionDraftSummary(d: Draft<CorrectionFields>): string {
  const c = d.mine.correction;
  if (!c) return 'Back to the film the page names';
  const film = c.film ?? {};
  const parts = [film.title && `Title: ${film.title}`, film.year && `Year: ${film.year}`, film.directors?.length && `Directors: ${film.directors.join(', ')}`, film.cast?.length && `Cast: ${film.cast.map((m) => m.name).join(', ')}`, c.isReview === false && 'Not a review'];
  return parts.filter(Boolean).join('\n');
}
