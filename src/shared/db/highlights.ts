/** Named reads and writes of highlights. */
import type { ReelDatabase } from './open';
import { LIMITS, type HighlightRecord, type PageRecord, type PageSnapshot } from '../records';
import { newPageRecord, ownAlias, type PageSeed } from './pages';
import type { HighlightEdit } from '../records/edit';
import { applyEdit } from '../edits/field-edit';
import { HIGHLIGHT_KINDS, revised } from '../edits/records';
import type { EditOutcome } from '../messages/types';

export type NewHighlight = Omit<HighlightRecord, 'id' | 'pageId' | 'createdAt' | 'updatedAt' | 'lastStatus'>;

/** Saves a highlight and, when the page has no record yet, the page: one transaction. */
export async function createHighlight(db: ReelDatabase, seed: PageSeed, input: NewHighlight): Promise<HighlightRecord> {
  const now = Date.now();
  const tx = db.transaction(['pages', 'highlights'], 'readwrite');
  const pages = tx.objectStore('pages');
  const page = (await pages.get(seed.pageId)) ?? ownAlias(seed.url, await pages.index('byAlias').get(seed.url)) ?? newPageRecord(seed, now);
  await pages.put({ ...page, updatedAt: now });
  const highlight: HighlightRecord = {
    ...input,
    id: crypto.randomUUID(),
    pageId: page.id,
    lastStatus: 'placed',
    createdAt: now,
    updatedAt: now,
    rev: 0,
  };
  await tx.objectStore('highlights').add(highlight);
  await tx.done;
  return highlight;
}

export async function highlightsForPage(db: ReelDatabase, pageId: string): Promise<HighlightRecord[]> {
  const list = await db.getAllFromIndex('highlights', 'byPage', pageId);
  return list.sort((a, b) => a.createdAt - b.createdAt);
}

export async function updateHighlight(
  db: ReelDatabase,
  id: string,
  patch: Partial<Pick<HighlightRecord, 'selectors' | 'text' | 'lastStatus'>>,
): Promise<HighlightRecord> {
  const tx = db.transaction('highlights', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) throw new Error('That highlight no longer exists');
  const next = revised({ ...current, ...patch, updatedAt: Date.now() });
  await tx.store.put(next);
  await tx.done;
  return next;
}

/** The reader's edit of a highlight's note or colour, merged into what is stored (one transaction). */
export async function editHighlight(db: ReelDatabase, id: string, edit: HighlightEdit): Promise<{ highlight: HighlightRecord } & EditOutcome> {
  const tx = db.transaction('highlights', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) {
    tx.done.catch(() => undefined);
    throw new Error('That highlight no longer exists');
  }
  const r = applyEdit({ note: current.note, color: current.color }, edit, HIGHLIGHT_KINDS);
  if (r.values.note.length > LIMITS.note) {
    tx.done.catch(() => undefined);
    throw new Error(`Not saved: with the changes made elsewhere the note would be longer than ${LIMITS.note.toLocaleString('en')} characters`);
  }
  const highlight = r.changed ? revised({ ...current, ...r.values, updatedAt: Date.now() }) : current;
  if (r.changed) await tx.store.put(highlight);
  await tx.done;
  return { highlight, conflicts: r.conflicts, replaced: r.replaced };
}

export async function deleteHighlight(db: ReelDatabase, id: string): Promise<boolean> {
  const tx = db.transaction('highlights', 'readwrite');
  const exists = (await tx.store.getKey(id)) !== undefined;
  if (exists) await tx.store.delete(id);
  await tx.done;
  return exists;
}

/** Remembers where the last visit found each highlight; statuses never delete anything. */
export async function setStatuses(db: ReelDatabase, statuses: { id: string; status: 'placed' | 'orphan' }[]): Promise<number> {
  const tx = db.transaction('highlights', 'readwrite');
  let updated = 0;
  for (const { id, status } of statuses) {
    const h = await tx.store.get(id);
    if (h && h.lastStatus !== status) {
      await tx.store.put({ ...h, lastStatus: status });
      updated++;
    }
  }
  await tx.done;
  return updated;
}

/** Deletes a page and its highlights in one transaction and returns them, for undo. */
export async function deletePageWithHighlights(db: ReelDatabase, pageId: string): Promise<PageSnapshot | null> {
  const tx = db.transaction(['pages', 'highlights'], 'readwrite');
  const page = await tx.objectStore('pages').get(pageId);
  if (!page) {
    await tx.done;
    return null;
  }
  const hs = tx.objectStore('highlights');
  const highlights = await hs.index('byPage').getAll(pageId);
  for (const h of highlights) await hs.delete(h.id);
  await tx.objectStore('pages').delete(pageId);
  await tx.done;
  return { page, highlights };
}

export async function restorePageWithHighlights(db: ReelDatabase, snapshot: PageSnapshot): Promise<void> {
  const tx = db.transaction(['pages', 'highlights'], 'readwrite');
  await tx.objectStore('pages').put(snapshot.page);
  for (const h of snapshot.highlights) await tx.objectStore('highlights').put(h);
  await tx.done;
}
