/** Requests from the extension's own pages (popup, side panel, options, welcome). */
import * as v from 'valibot';
import { browser } from '../platform/browser-api';
import { database } from './database';
import { getTab, patchTab } from './tab-state';
import { takePanelFocus } from './side-panel';
import { relatedReviews } from '../shared/db/related';
import { showDetection } from './badge';
import { commandTab } from './inject';
import { cleanUrl, pageIdFor } from '../shared/page-identity';
import { paintsOn, setPainting } from './painting-setting';
import { refreshSite, repaintPage } from './repaint';
import { showOrphans } from './orphans';
import { allTags, changeExistingPage, changePage, editCorrection, editEntry, getPage, type PageSeed } from '../shared/db/pages';
import {
  deleteHighlight,
  deletePageWithHighlights,
  editHighlight,
  highlightsForPage,
  restorePageWithHighlights,
  updateHighlight,
} from '../shared/db/highlights';
import { PageSnapshotSchema } from '../shared/records/highlight';
import { describeIssues } from '../shared/records/issues';
import { backupExported, commitImport, deleteRating, importFrom, libraryHealth, listLibrary, listSlice, restoreHighlight } from './library-handlers';
import { abortImport, beginImport, stageChunk } from './import-staging';
import type { Handlers } from '../shared/messages/handlers';
import type { EditOutcome, PageMessage, Replies, TabInfo } from '../shared/messages/types';
import type { PageRecord } from '../shared/records';
import type { PageSender } from './sender';

type Of<T extends PageMessage['type']> = Extract<PageMessage, { type: T }>;

/** What the background knows about a tab, falling back to the tab itself when its content script never spoke. */
async function tabInfo(tabId: number): Promise<TabInfo | null> {
  const known = await getTab(tabId);
  if (known) return known;
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab?.url) return null;
  const pageId = pageIdFor(tab.url);
  return { tabId, url: tab.url, title: tab.title ?? '', pageId, detection: null };
}

async function seedForTab(tabId: number): Promise<PageSeed> {
  const tab = await tabInfo(tabId);
  const url = tab && cleanUrl(tab.url);
  if (!tab?.pageId || !url) throw new Error('Reel Notes only keeps notes for web pages (http or https)');
  return { pageId: tab.pageId, url, title: tab.title, detection: tab.detection };
}

async function changeTarget(target: { tabId: number } | { pageId: string }, change: (p: PageRecord) => PageRecord): Promise<PageRecord> {
  const db = await database();
  if ('tabId' in target) return changePage(db, await seedForTab(target.tabId), change);
  return changeExistingPage(db, target.pageId, change);
}

/**
 * The reader's click always counts: a page the quick check passed over gets the full extraction now
 * (the page tools are injected, detect, and the background completes it with the film index).
 */
async function detectNow(tab: TabInfo | null): Promise<TabInfo | null> {
  if (!tab || tab.detection || !/^https?:/i.test(tab.url)) return tab;
  try {
    await commandTab(tab.tabId, { type: 'tools/detect' });
  } catch {
    return tab; // pages the extension may not script: the popup says so as before
  }
  return (await getTab(tab.tabId)) ?? tab;
}

async function popupState(msg: Of<'popup/state'>): Promise<Replies['popup/state']> {
  const tab = await detectNow(await tabInfo(msg.tabId));
  const db = await database();
  // The popup paints only once this answer is in: the reads that do not depend on each other run at once.
  const [page, byTab, painting, knownTags] = await Promise.all([
    tab?.pageId ? getPage(db, tab.pageId).then(async (p) => p ?? (await getPage(db, tab.url)) ?? null) : null,
    tab?.pageId ? highlightsForPage(db, tab.pageId) : [],
    tab ? paintsOn(tab.url) : false,
    allTags(db),
  ]);
  // A page found under the tab's URL instead of its id has its highlights under that record's id.
  const highlights = !page ? [] : page.id === tab?.pageId ? byTab : await highlightsForPage(db, page.id);
  return { tab, page, highlights, knownTags, painting };
}

/** Painting on or off for a tab's site; every open tab of that site repaints (or unpaints) at once. */
async function sitePainting(msg: Of<'site/painting'>): Promise<Replies['site/painting']> {
  const tab = await tabInfo(msg.tabId);
  if (!tab) throw new Error('That tab is gone');
  const site = await setPainting(tab.url, msg.paint);
  await refreshSite(site);
  return { site, paint: msg.paint };
}

/** What an edit could not merge or replaced, filled in by the change inside its transaction. */
const outcomeOf = () => {
  const o: EditOutcome = { conflicts: [], replaced: [] };
  return { o, take: (r: EditOutcome) => Object.assign(o, { conflicts: r.conflicts, replaced: r.replaced }) };
};

async function updateEntry(msg: Of<'entry/update'>): Promise<Replies['entry/update']> {
  const { o, take } = outcomeOf();
  const page = await changeTarget(msg.target, editEntry(msg.edit, take));
  return { page, ...o };
}

async function correct(msg: Of<'film/correct'>): Promise<Replies['film/correct']> {
  const { o, take } = outcomeOf();
  const page = await changeTarget(msg.target, editCorrection(msg.edit, take));
  if ('tabId' in msg.target) {
    const tab = await getTab(msg.target.tabId);
    await showDetection(msg.target.tabId, tab?.detection ?? page.detection, page.correction);
  }
  return { page, ...o };
}

async function reattach(msg: Of<'highlight/reattach'>): Promise<Replies['highlight/reattach']> {
  const described = await commandTab(msg.tabId, { type: 'tools/reattach', id: msg.id });
  if (!described) return { highlight: null };
  const db = await database();
  const highlight = await updateHighlight(db, msg.id, { ...described, lastStatus: 'placed' });
  // One fewer not found: the badge says so now, not at the next visit.
  await showOrphans(db, msg.tabId, highlight.pageId);
  return { highlight };
}

async function restore(msg: Of<'page/restore'>): Promise<Replies['page/restore']> {
  const parsed = v.safeParse(PageSnapshotSchema, msg.snapshot);
  if (!parsed.success) throw new Error(`Cannot restore: ${describeIssues(parsed.issues)}`);
  await restorePageWithHighlights(await database(), parsed.output);
  return { restored: true };
}

async function estimate(): Promise<Replies['storage/estimate']> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (!storage?.estimate) return { usage: null, quota: null, persisted: null };
  const [e, persisted] = await Promise.all([storage.estimate(), storage.persisted?.() ?? Promise.resolve(null)]);
  return { usage: e.usage ?? null, quota: e.quota ?? null, persisted };
}

async function updateHighlightNote(msg: Of<'highlight/update'>): Promise<Replies['highlight/update']> {
  const reply = await editHighlight(await database(), msg.id, msg.edit);
  await repaintPage(reply.highlight.pageId);
  return reply;
}

async function removeHighlight(msg: Of<'highlight/delete'>): Promise<Replies['highlight/delete']> {
  const db = await database();
  const pageId = (await db.get('highlights', msg.id))?.pageId;
  const deleted = await deleteHighlight(db, msg.id);
  await repaintPage(pageId);
  return { deleted };
}

async function toggle(msg: Of<'highlights/toggle'>): Promise<Replies['highlights/toggle']> {
  const reply = await commandTab(msg.tabId, { type: 'tools/toggle', visible: msg.visible });
  // Remembered so that a popup or panel opened later shows the button as it is.
  await patchTab(msg.tabId, { paintingHidden: !msg.visible });
  return reply;
}

async function putBackHighlight(msg: Of<'highlight/restore'>): Promise<Replies['highlight/restore']> {
  const restored = await restoreHighlight(msg);
  await repaintPage((msg.highlight as { pageId?: string } | null)?.pageId);
  return restored;
}

/** One handler per message from the extension's pages; the router checks sender and shape first. */
export const pageHandlers: Handlers<PageMessage, Replies, PageSender> = {
  'popup/state': popupState,
  'entry/update': updateEntry,
  'film/correct': correct,
  'highlight/update': updateHighlightNote,
  'highlight/delete': removeHighlight,
  'highlight/scrollTo': (msg) => commandTab(msg.tabId, { type: 'tools/scroll-to', id: msg.id }),
  'highlight/reattach': reattach,
  'highlights/retry': (msg) => commandTab(msg.tabId, { type: 'tools/retry' }),
  'highlights/toggle': toggle,
  'library/list': listLibrary,
  'library/slice': listSlice,
  'page/delete': async (msg) => ({ snapshot: await deletePageWithHighlights(await database(), msg.pageId) }),
  'page/restore': restore,
  'library/import': importFrom,
  'library/import-begin': async (msg) => beginImport(msg),
  'library/import-chunk': async (msg) => stageChunk(msg),
  'library/import-commit': commitImport,
  'library/import-abort': async (msg) => abortImport(msg),
  'library/health': libraryHealth,
  'library/exported': (msg) => backupExported(msg),
  'highlight/restore': putBackHighlight,
  'film-rating/delete': deleteRating,
  'storage/estimate': estimate,
  'site/painting': sitePainting,
  'film/related': async (msg) => relatedReviews(await database(), msg.pageId, msg.film),
  'sidepanel/focus': async (msg) => ({ highlightId: await takePanelFocus(msg.tabId) }),
};
