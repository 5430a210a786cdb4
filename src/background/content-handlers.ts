/** Requests from content scripts. Every one is scoped to the sender's own tab and page. */
import { database } from './database';
import { getTab, patchTab, setTab } from './tab-state';
import { showDetection } from './badge';
import { injectTools } from './inject';
import { pageIdFor } from '../shared/page-identity';
import { getPage, recordVisit, type PageSeed } from '../shared/db/pages';
import { createHighlight, deleteHighlight, highlightsForPage, setStatuses, updateHighlight } from '../shared/db/highlights';
import type { ContentMessage, Replies } from '../shared/messages/types';
import type { SenderKind } from './sender';

type Content = Extract<SenderKind, { kind: 'content' }>;
type Of<T extends ContentMessage['type']> = Extract<ContentMessage, { type: T }>;

/** The page a content script speaks for: the sender's real URL, never one it claims. */
function seedFor(sender: Content, msg: { canonical?: string | null; title?: string }, detection: PageSeed['detection']): PageSeed {
  const pageId = pageIdFor(sender.url, msg.canonical);
  if (!pageId) throw new Error('Not a web page');
  return { pageId, url: sender.url, title: msg.title ?? '', detection };
}

async function hello(msg: Of<'tab/hello'>, sender: Content): Promise<Replies['tab/hello']> {
  const seed = seedFor(sender, msg, null);
  const db = await database();
  const page = await recordVisit(db, seed);
  await setTab({ tabId: sender.tabId, url: sender.url, title: seed.title, pageId: page?.id ?? seed.pageId, likely: msg.likely, detection: null });
  await showDetection(sender.tabId, page?.detection ?? null, page?.correction ?? null);
  if (msg.likely || page) await injectTools(sender.tabId, sender.frameId);
  return { known: Boolean(page), pageId: page?.id ?? seed.pageId };
}

async function detected(msg: Of<'page/detected'>, sender: Content): Promise<Replies['page/detected']> {
  const seed = seedFor(sender, msg, msg.detection);
  const db = await database();
  const page = await recordVisit(db, seed);
  const pageId = page?.id ?? seed.pageId;
  const init = { tabId: sender.tabId, url: sender.url, title: seed.title, pageId, likely: true, detection: msg.detection };
  await patchTab(sender.tabId, { pageId, detection: msg.detection }, init);
  await showDetection(sender.tabId, msg.detection, page?.correction ?? null);
  return { pageId };
}

async function forPage(msg: Of<'highlights/forPage'>, sender: Content): Promise<Replies['highlights/forPage']> {
  const seed = seedFor(sender, msg, null);
  const db = await database();
  const page = await getPage(db, seed.pageId) ?? await getPage(db, seed.url);
  if (!page) return { pageId: null, highlights: [] };
  await patchTab(sender.tabId, { pageId: page.id });
  return { pageId: page.id, highlights: await highlightsForPage(db, page.id) };
}

async function create(msg: Of<'highlight/create'>, sender: Content): Promise<Replies['highlight/create']> {
  const tab = await getTab(sender.tabId);
  const seed = seedFor(sender, msg, tab?.detection ?? null);
  const db = await database();
  const highlight = await createHighlight(db, seed, { text: msg.text, selectors: msg.selectors, color: msg.color, note: msg.note });
  await patchTab(sender.tabId, { pageId: highlight.pageId });
  return { highlight };
}

async function statuses(msg: Of<'highlights/status'>, sender: Content): Promise<Replies['highlights/status']> {
  const tab = await getTab(sender.tabId);
  if (!tab?.pageId) return { updated: 0 };
  const db = await database();
  // A page may only report on its own highlights.
  const own = new Set((await highlightsForPage(db, tab.pageId)).map((h) => h.id));
  return { updated: await setStatuses(db, msg.statuses.filter((s) => own.has(s.id))) };
}

/** The in-page card edits and deletes highlights, but only those of the sender's own page. */
async function ownHighlight(id: string, sender: Content): Promise<void> {
  const tab = await getTab(sender.tabId);
  const db = await database();
  const h = await db.get('highlights', id);
  if (!h || !tab?.pageId || h.pageId !== tab.pageId) throw new Error('That highlight does not belong to this page');
}

export async function handleContent(msg: ContentMessage, sender: Content): Promise<unknown> {
  switch (msg.type) {
    case 'tab/hello':
      return hello(msg, sender);
    case 'tools/ensure':
      return { injected: await injectTools(sender.tabId, sender.frameId) };
    case 'page/detected':
      return detected(msg, sender);
    case 'highlights/forPage':
      return forPage(msg, sender);
    case 'highlight/create':
      return create(msg, sender);
    case 'highlights/status':
      return statuses(msg, sender);
    case 'highlight/update': {
      await ownHighlight(msg.id, sender);
      const { id, type: _t, ...patch } = msg;
      return { highlight: await updateHighlight(await database(), id, patch) };
    }
    case 'highlight/delete':
      await ownHighlight(msg.id, sender);
      return { deleted: await deleteHighlight(await database(), msg.id) };
  }
}
