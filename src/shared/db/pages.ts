/** Named reads and writes of page records. One user action = one transaction. */
import type { IDBPObjectStore } from 'idb';
import type { ReelDatabase } from './open';
import type { ReelDB } from './schema';
import { emptyEntry, type PageRecord } from '../records';
import type { CorrectionEdit, EntryEdit } from '../records/edit';
import { applyEdit } from '../edits/field-edit';
import { checkedEntry, CORRECTION_KINDS, ENTRY_KINDS, revised } from '../edits/records';
import type { EditOutcome } from '../messages/types';
import type { Detection } from '../film/types';
import { ownsRecord, siteFor } from '../page-identity';

/** What the background knows of a page before it has a record. */
export interface PageSeed {
  pageId: string;
  url: string;
  title: string;
  detection: Detection | null;
}

export function newPageRecord(seed: PageSeed, now: number): PageRecord {
  return {
    id: seed.pageId,
    url: seed.url,
    aliases: seed.url === seed.pageId ? [] : [seed.url],
    site: siteFor(seed.pageId),
    postTitle: seed.title,
    detection: seed.detection,
    correction: null,
    entry: emptyEntry(),
    createdAt: now,
    updatedAt: now,
    rev: 0,
  };
}

/** Folds what a visit saw into an existing record (new alias, fresher detection). */
function withVisit(page: PageRecord, seed: PageSeed): PageRecord {
  const aliases = seed.url !== page.id && !page.aliases.includes(seed.url) ? [...page.aliases, seed.url] : page.aliases;
  return {
    ...page,
    url: seed.url,
    aliases,
    postTitle: seed.title || page.postTitle,
    detection: seed.detection ?? page.detection,
  };
}

export async function getPage(db: ReelDatabase, idOrAlias: string): Promise<PageRecord | undefined> {
  const tx = db.transaction('pages');
  return (await tx.store.get(idOrAlias)) ?? (await tx.store.index('byAlias').get(idOrAlias));
}

type PageStore = IDBPObjectStore<ReelDB, ['pages'], 'pages', 'readwrite'>;

/** The page a seed speaks for: by its id, else by the URL it was reached at (an alias of a record of its own origin). */
const bySeed = (seed: PageSeed) => async (store: PageStore) =>
  (await store.get(seed.pageId)) ?? ownAlias(seed.url, await store.index('byAlias').get(seed.url));

/** A record found by alias, if the URL may have it (see ownsRecord). */
export function ownAlias(url: string, page: PageRecord | undefined): PageRecord | undefined {
  return page && ownsRecord(url, page.id) ? page : undefined;
}

/** One read-modify-write of one page in one transaction; `change` returning undefined writes nothing. */
async function rewrite(
  db: ReelDatabase,
  find: (store: PageStore) => Promise<PageRecord | undefined>,
  change: (found: PageRecord | undefined) => PageRecord | undefined,
): Promise<PageRecord | undefined> {
  const tx = db.transaction('pages', 'readwrite');
  try {
    const next = change(await find(tx.store));
    if (next) await tx.store.put(next);
    await tx.done;
    return next;
  } catch (error) {
    tx.done.catch(() => undefined);
    throw error;
  }
}

/** Records a visit on a page that already has a record; never creates one. */
export function recordVisit(db: ReelDatabase, seed: PageSeed): Promise<PageRecord | undefined> {
  return rewrite(db, bySeed(seed), (page) => page && withVisit(page, seed));
}

/** Read-modify-write of one page in one transaction, creating it from the seed when missing. */
export async function changePage(db: ReelDatabase, seed: PageSeed, change: (page: PageRecord) => PageRecord): Promise<PageRecord> {
  const now = Date.now();
  const next = await rewrite(db, bySeed(seed), (existing) => ({
    ...change(existing ? withVisit(existing, seed) : newPageRecord(seed, now)),
    updatedAt: now,
  }));
  return next!;
}

/** Like changePage, for a page that must already exist (edits from the options page). */
export async function changeExistingPage(db: ReelDatabase, pageId: string, change: (page: PageRecord) => PageRecord): Promise<PageRecord> {
  const next = await rewrite(db, (store) => store.get(pageId), (page) => {
    if (!page) throw new Error(`No saved page ${pageId}`);
    return { ...change(page), updatedAt: Date.now() };
  });
  return next!;
}

/**
 * The reader's edit of the entry (see ../edits/), merged into what is stored;
 * `outcome` receives what could not be merged and what it replaced.
 */
export function editEntry(edit: EntryEdit, outcome: (o: EditOutcome) => void) {
  return (page: PageRecord): PageRecord => {
    const r = applyEdit(page.entry, edit, ENTRY_KINDS);
    outcome(r);
    return r.changed ? revised({ ...page, entry: checkedEntry(r.values) }) : page;
  };
}

/** The reader's correction of the film, as an edit of what it changed from. */
export function editCorrection(edit: CorrectionEdit, outcome: (o: EditOutcome) => void) {
  return (page: PageRecord): PageRecord => {
    const r = applyEdit({ correction: page.correction }, edit, CORRECTION_KINDS);
    outcome(r);
    return r.changed ? revised({ ...page, correction: r.values.correction }) : page;
  };
}

/** Every tag the reader has used, from the tag index: one key per tag, no page read. */
export async function allTags(db: ReelDatabase): Promise<string[]> {
  const tags: string[] = [];
  let cursor = await db.transaction('pages').store.index('byTag').openKeyCursor(null, 'nextunique');
  while (cursor) {
    tags.push(cursor.key);
    cursor = await cursor.continue();
  }
  return tags.sort((a, b) => a.localeCompare(b));
}
