/**
 * Requests from content scripts. Every one is scoped to the sender's own tab
 * and page (and so to its origin: see shared/page-identity.ts). A content
 * script can add a highlight to its own page and report where highlights were
 * found; it can never change a note or delete anything: the reader does that
 * in the extension's own pages.
 */
import { database } from './database';
import { getTab, patchTab, setTab } from './tab-state';
import { showDetection } from './badge';
import { showOrphans } from './orphans';
import { injectTools } from './inject';
import { completeInBackground } from './film-completion';
import { cleanUrl, ownsRecord, pageIdFor } from '../shared/page-identity';
import { paintsOn } from './painting-setting';
import { focusPanel, requestPanel } from './side-panel';
import { getPage, ownAlias, recordVisit, type PageSeed } from '../shared/db/pages';
import { createHighlight, highlightsForPage, setStatuses } from '../shared/db/highlights';
import type { Handlers } from '../shared/messages/handlers';
import type { ContentMessage, PageHighlights, Replies } from '../shared/messages/types';
import type { ContentSender } from './sender';

type Content = ContentSender;
type Of<T extends ContentMessage['type']> = Extract<ContentMessage, { type: T }>;

/** The page a content script speaks for: the sender's real URL, never one it claims. */
function seedFor(sender: Content, msg: { canonical?: string | null; title?: string }, detection: PageSeed['detection']): PageSeed {
  const pageId = pageIdFor(sender.url, msg.canonical);
  const url = cleanUrl(sender.url);
  if (!pageId || !url) throw new Error('Not a web page');
  // The stored url and aliases carry no fragment and no tracking parameters.
  return { pageId, url, title: msg.title ?? '', detection };
}

async function hello(msg: Of<'tab/hello'>, sender: Content): Promise<Replies['tab/hello']> {
  const seed = seedFor(sender, msg, null);
  const db = await database();
  const page = await recordVisit(db, seed);
  await setTab({ tabId: sender.tabId, url: seed.url, title: seed.title, pageId: page?.id ?? seed.pageId, detection: null });
  await showDetection(sender.tabId, page?.detection ?? null, page?.correction ?? null);
  if (msg.likely || page) await injectTools(sender.tabId, sender.frameId);
  return { known: Boolean(page), pageId: page?.id ?? seed.pageId };
}

/** The page tools' first message: the page's detection goes in, its highlights come back, in one round trip. */
async function load(msg: Of<'page/load'>, sender: Content): Promise<Replies['page/load']> {
  const detection = await completeInBackground(msg.detection, msg.candidates, sender.url);
  const seed = seedFor(sender, msg, detection);
  const db = await database();
  const page = await recordVisit(db, seed);
  const pageId = page?.id ?? seed.pageId;
  await patchTab(sender.tabId, { pageId, detection }, { tabId: sender.tabId, url: seed.url, title: seed.title, pageId, detection });
  await showDetection(sender.tabId, detection, page?.correction ?? null);
  return highlightsOf(seed, sender);
}

async function forPage(msg: Of<'highlights/forPage'>, sender: Content): Promise<Replies['highlights/forPage']> {
  return highlightsOf(seedFor(sender, msg, null), sender);
}

/** The page's highlights, for its own tab only. */
async function highlightsOf(seed: PageSeed, sender: Content): Promise<PageHighlights> {
  const db = await database();
  // getPage also looks through aliases: whatever it finds must be this origin's own record.
  const page = ownAlias(seed.url, (await getPage(db, seed.pageId)) ?? (await getPage(db, seed.url)));
  const paint = await paintsOn(seed.url);
  if (!page) return { pageId: null, highlights: [], paint };
  await patchTab(sender.tabId, { pageId: page.id });
  // With painting off for the site, the page is told nothing about its highlights.
  return { pageId: page.id, highlights: paint ? await highlightsForPage(db, page.id) : [], paint };
}

async function create(msg: Of<'highlight/create'>, sender: Content): Promise<Replies['highlight/create']> {
  // Asked for first, while the reader's click still counts as a gesture.
  const panel = msg.openPanel ? requestPanel(sender.tabId) : null;
  const tab = await getTab(sender.tabId);
  const seed = seedFor(sender, msg, tab?.detection ?? null);
  const db = await database();
  const highlight = await createHighlight(db, seed, { text: msg.text, selectors: msg.selectors, color: msg.color, note: '' });
  await patchTab(sender.tabId, { pageId: highlight.pageId });
  if (panel) {
    await panel;
    await focusPanel(sender.tabId, highlight.id);
  }
  return { highlight };
}

/** A painted highlight was clicked: the side panel shows it (if it is this page's). */
async function clicked(msg: Of<'highlight/clicked'>, sender: Content): Promise<Replies['highlight/clicked']> {
  const panel = requestPanel(sender.tabId);
  await ownHighlight(msg.id, sender);
  await panel;
  await focusPanel(sender.tabId, msg.id);
  return { shown: true };
}

async function statuses(msg: Of<'highlights/status'>, sender: Content): Promise<Replies['highlights/status']> {
  const tab = await getTab(sender.tabId);
  if (!tab?.pageId || !ownsRecord(sender.url, tab.pageId)) return { updated: 0 };
  const db = await database();
  // A page may only report on its own highlights.
  const own = new Set((await highlightsForPage(db, tab.pageId)).map((h) => h.id));
  const updated = await setStatuses(db, msg.statuses.filter((s) => own.has(s.id)));
  await showOrphans(db, sender.tabId, tab.pageId);
  return { updated };
}

/** A highlight the sender's own page holds; anything else is refused. */
async function ownHighlight(id: string, sender: Content): Promise<void> {
  const tab = await getTab(sender.tabId);
  const db = await database();
  const h = await db.get('highlights', id);
  if (!h || !tab?.pageId || h.pageId !== tab.pageId || !ownsRecord(sender.url, h.pageId)) throw new Error('That highlight does not belong to this page');
}

/** One handler per content message; the router checks sender, shape and limits first. */
export const contentHandlers: Handlers<ContentMessage, Replies, Content> = {
  'tab/hello': hello,
  'tools/ensure': async (_msg, sender) => ({ injected: await injectTools(sender.tabId, sender.frameId) }),
  'page/load': load,
  'highlights/forPage': forPage,
  'highlight/create': create,
  'highlights/status': statuses,
  'highlight/clicked': clicked,
};
