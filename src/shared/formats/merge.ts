/**
 * Merging an imported library into the stored one, by identity, so that
 * importing the same file twice changes nothing and nothing stored is dropped.
 *
 * - A page is the same page when its id matches, or when its id is one of the
 *   other's aliases (one review reached by two URLs). The stored id is kept.
 * - A highlight is the same highlight when its id matches, or when a stored
 *   highlight has the same page, the same exact quote and the same position.
 *   The stored id is kept.
 * - When both sides have a record, the newer `updatedAt` wins; on a tie the
 *   stored record stays. Stored records the file does not mention stay as they are.
 * - With `pages: 'combine'` (imports from other tools, whose page records carry
 *   only tags and notes) a stored page is never replaced: the file's tags and
 *   note are added to it.
 * Pure: no browser APIs.
 */
import type { HighlightRecord, PageRecord } from '../records';
import { ImportError, type Library } from './library';

export interface ImportPlan {
  pages: { add: PageRecord[]; replace: PageRecord[] };
  highlights: { add: HighlightRecord[]; replace: HighlightRecord[] };
  /** Records of the file already stored as they are (or stored newer). */
  unchanged: { pages: number; highlights: number };
}

/** The quote and position that make two highlights on one page the same passage. */
function passageKey(h: HighlightRecord, pageId: string): string {
  let exact = '';
  let position = '';
  for (const s of h.selectors) {
    if (s.type === 'TextQuoteSelector' && !exact) exact = s.exact;
    if (s.type === 'TextPositionSelector' && !position) position = `${s.start}-${s.end}`;
  }
  return JSON.stringify([pageId, exact || h.text, position]);
}

export interface PlanOptions {
  /** 'newer-wins' (backups, the default) or 'combine' (other tools' files: add tags and notes to stored pages). */
  pages?: 'newer-wins' | 'combine';
}

/** The stored page with the incoming page's tags, note and aliases added; the stored record when nothing is new. */
function combinePage(current: PageRecord, page: PageRecord, target: string): PageRecord {
  const tags = union(current.entry.tags, page.entry.tags, '');
  const incomingNote = page.entry.note.trim();
  const note = !incomingNote || current.entry.note.includes(incomingNote) ? current.entry.note : [current.entry.note.trim(), incomingNote].filter(Boolean).join('\n\n');
  const aliases = union(union(current.aliases, page.aliases, target), page.id === target ? [] : [page.id], target);
  const postTitle = current.postTitle || page.postTitle;
  // Past the record's limits the page could no longer be restored from a backup; cutting would lose what the reader wrote.
  if (tags.length > 100) throw new ImportError(`${target}: with the imported tags this page would have ${tags.length} tags (at most 100)`);
  if (note.length > 100_000) throw new ImportError(`${target}: with the imported notes this page's note would be longer than 100,000 characters`);
  if (tags.length === current.entry.tags.length && note === current.entry.note && aliases.length === current.aliases.length && postTitle === current.postTitle) return current;
  return { ...current, postTitle, aliases, entry: { ...current.entry, tags, note }, updatedAt: Math.max(current.updatedAt, page.updatedAt), rev: (current.rev ?? 0) + 1 };
}

function union(a: string[], b: string[], without: string): string[] {
  const out = [...a];
  for (const x of b) if (x !== without && !out.includes(x)) out.push(x);
  return out.filter((x) => x !== without);
}

/**
 * Decides which incoming records to add and which stored records to replace.
 * Throws {@link ImportError} when an incoming highlight's page is neither
 * stored nor in the file.
 */
export function planImport(existing: Library, incoming: Library, options: PlanOptions = {}): ImportPlan {
  const plan: ImportPlan = { pages: { add: [], replace: [] }, highlights: { add: [], replace: [] }, unchanged: { pages: 0, highlights: 0 } };

  // ---- pages
  const storedPages = new Map(existing.pages.map((p) => [p.id, p]));
  const storedByAlias = new Map<string, string>();
  for (const p of existing.pages) for (const a of p.aliases) if (!storedPages.has(a)) storedByAlias.set(a, p.id);
  /** incoming page id → the id it is stored under */
  const pageIdMap = new Map<string, string>();
  /** what each stored or added page id will hold after the import */
  const nextPages = new Map<string, { record: PageRecord; added: boolean }>();

  for (const page of incoming.pages) {
    const target =
      storedPages.has(page.id) ? page.id
      : storedByAlias.get(page.id) ?? page.aliases.find((a) => storedPages.has(a)) ?? null;
    if (target === null) {
      const already = nextPages.get(page.id);
      if (!already || already.record.updatedAt < page.updatedAt) nextPages.set(page.id, { record: page, added: true });
      pageIdMap.set(page.id, page.id);
      continue;
    }
    pageIdMap.set(page.id, target);
    const current = nextPages.get(target)?.record ?? storedPages.get(target)!;
    if (options.pages === 'combine') {
      const combined = combinePage(current, page, target);
      if (combined !== current) nextPages.set(target, { record: combined, added: false });
    } else if (page.updatedAt > current.updatedAt) {
      const aliases = union(union(current.aliases, page.aliases, target), page.id === target ? [] : [page.id], target);
      // One revision past the stored one: a draft typed on the stored copy is then offered, not applied over the import.
      nextPages.set(target, { record: { ...page, id: target, aliases, rev: (current.rev ?? 0) + 1 }, added: false });
    }
  }
  for (const { record, added } of nextPages.values()) (added ? plan.pages.add : plan.pages.replace).push(record);
  plan.unchanged.pages = incoming.pages.length - plan.pages.add.length - plan.pages.replace.length;

  // ---- highlights
  const storedHighlights = new Map(existing.highlights.map((h) => [h.id, h]));
  const storedByPassage = new Map<string, string>();
  for (const h of existing.highlights) {
    const key = passageKey(h, h.pageId);
    if (!storedByPassage.has(key)) storedByPassage.set(key, h.id);
  }
  const nextHighlights = new Map<string, { record: HighlightRecord; added: boolean }>();

  incoming.highlights.forEach((h, i) => {
    const pageId = pageIdMap.get(h.pageId) ?? (storedPages.has(h.pageId) ? h.pageId : storedByAlias.get(h.pageId));
    if (pageId === undefined) throw new ImportError(`highlights[${i}].pageId: its page ${h.pageId} is neither saved nor in the file`);
    const record = pageId === h.pageId ? h : { ...h, pageId };
    const target = storedHighlights.has(h.id) ? h.id : storedByPassage.get(passageKey(record, pageId)) ?? null;
    if (target === null) {
      const already = nextHighlights.get(h.id);
      if (!already || already.record.updatedAt < h.updatedAt) nextHighlights.set(h.id, { record, added: true });
      return;
    }
    const current = nextHighlights.get(target)?.record ?? storedHighlights.get(target)!;
    if (record.updatedAt > current.updatedAt) nextHighlights.set(target, { record: { ...record, id: target, rev: (current.rev ?? 0) + 1 }, added: false });
  });
  for (const { record, added } of nextHighlights.values()) (added ? plan.highlights.add : plan.highlights.replace).push(record);
  plan.unchanged.highlights = incoming.highlights.length - plan.highlights.add.length - plan.highlights.replace.length;
  return plan;
}
