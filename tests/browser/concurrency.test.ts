/**
 * Concurrent writers lose no update (issue 7): the same review open in two
 * tabs, a popup for each, and the page tools of both tabs all write at once;
 * every change must be in the database afterwards.
 */
import { expect, it } from 'vitest';
import { tabIdOf, useExtension, waitForDetection } from './chromium';
import { useServer } from './server';

const server = useServer();
const l = useExtension();

/** Sends a message from the content-script world of a tab, as the page tools do. */
function fromContent(tabId: number, message: object): string {
  return `chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: (m) => chrome.runtime.sendMessage(m), args: [${JSON.stringify(message)}] }).then((r) => r[0].result)`;
}

it('keeps every change when two tabs, two popups and the page tools write at once', async () => {
  const url = server.url('/demo/her-review.html');
  const a = await l.context.newPage();
  await a.goto(url);
  const b = await l.context.newPage();
  await b.goto(`${url}?utm_source=newsletter`);
  const [tabA, tabB] = [await tabIdOf(l, a), await tabIdOf(l, b)];
  await waitForDetection(l, tabA);
  await waitForDetection(l, tabB);
  const popupA = await l.context.newPage();
  await popupA.goto(`chrome-extension://${l.id}/src/popup/index.html?tab=${tabA}`);
  const popupB = await l.context.newPage();
  await popupB.goto(`chrome-extension://${l.id}/src/popup/index.html?tab=${tabB}`);

  const send = (page: typeof popupA, message: object) => page.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);
  const quote = (exact: string) => [{ type: 'TextQuoteSelector', exact }];
  const writes: Promise<any>[] = [];
  const passages = ['an air of melancholy', 'a letter writer', 'creepy dude', 'double dates', 'old fashioned love story', 'high-waisted trousers'];
  // Each popup's writes are edits of the empty entry both opened on (revision 0).
  writes.push(send(popupA, { type: 'entry/update', target: { tabId: tabA }, base: 0, edit: { rating: { from: null, to: 4.5 } } }));
  writes.push(send(popupB, { type: 'entry/update', target: { tabId: tabB }, base: 0, edit: { note: { from: '', to: 'from the second tab' } } }));
  writes.push(send(popupA, { type: 'entry/update', target: { tabId: tabA }, base: 0, edit: { tags: { add: ['romance'], remove: [] } } }));
  writes.push(send(popupB, { type: 'entry/update', target: { tabId: tabB }, base: 0, edit: { liked: { from: false, to: true }, watchedDate: { from: null, to: '2014-02-15' } } }));
  passages.forEach((text, i) => {
    const tab = i % 2 ? tabB : tabA;
    writes.push(l.worker.evaluate(fromContent(tab, { type: 'highlight/create', url: i % 2 ? `${url}?utm_source=newsletter` : url, title: 'Her', text, selectors: quote(text), color: 'yellow' })));
  });
  const results = await Promise.all(writes);
  for (const r of results) expect(r, JSON.stringify(r)).toMatchObject({ ok: true });

  const lib = (await send(popupA, { type: 'library/list' })) as any;
  expect(lib.ok).toBe(true);
  expect(lib.data.pages).toHaveLength(1);
  const [page] = lib.data.pages;
  expect(page.entry).toMatchObject({ rating: 4.5, note: 'from the second tab', tags: ['romance'], liked: true, watchedDate: '2014-02-15' });
  expect(lib.data.highlights.map((h: any) => h.text).sort()).toEqual([...passages].sort());
  expect(lib.data.highlights.every((h: any) => h.pageId === page.id)).toBe(true);
});
