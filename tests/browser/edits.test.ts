/**
 * No edit silently overwritten (issue 12), in Chromium with the built
 * extension: two popups and the library edit one page at once; a draft left
 * by a popup closed 50 ms after typing meets a later edit in the library; a
 * film correction typed and the popup closed; a note typed as the popup closes
 * itself, whose last message never arrives; a note typed and the page clicked.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openOptions, openPopup, storedRecords, tabIdOf, useExtension, waitForDetection } from './chromium';
import { useServer } from './server';

const server = useServer();
const l = useExtension();
const DEMO = '/demo/her-review.html';

const note = (popup: Page) => popup.getByLabel('Note', { exact: true });
const tagInput = (popup: Page) => popup.getByLabel('Tags', { exact: true });
const waitSaved = (popup: Page) => expect.poll(() => popup.locator('.save-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
const herPage = async () => (await storedRecords(l, 'pages')).find((p) => p.url.includes('her-review'));

/** The library's write, as its page editor sends it: an edit of the copy it read. */
async function libraryEdit(edit: object): Promise<any> {
  const page = await herPage();
  const options = await openOptions(l);
  const reply = await options.evaluate(`chrome.runtime.sendMessage(${JSON.stringify({ type: 'entry/update', target: { pageId: page.id }, base: page.rev, edit })})`);
  await options.close();
  return reply;
}

/** Holds a page's timers; the clock is the browser context's, so `release` lets time flow again for the pages opened next. */
async function holdTimers(page: Page): Promise<() => Promise<void>> {
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
  return () => page.clock.resume();
}

async function openReview(): Promise<number> {
  const tab = await l.context.newPage();
  await tab.goto(server.url(DEMO));
  const tabId = await tabIdOf(l, tab);
  await waitForDetection(l, tabId);
  return tabId;
}

it('two popups and the library on one page: every tag, the like and both notes are kept, or the reader chooses', async () => {
  const tabId = await openReview();
  const a = await openPopup(l, tabId);
  const b = await openPopup(l, tabId); // opened before A writes anything: its copy goes stale
  await tagInput(a).fill('alpha');
  await tagInput(a).press('Enter');
  await note(a).fill('Written in popup A.');
  await waitSaved(a);
  expect((await libraryEdit({ tags: { add: ['gamma'], remove: [] } })).ok).toBe(true);

  // B, still showing the empty note it opened with, writes its own (sent with its tag and like).
  await note(b).fill('A line from popup B.');
  await tagInput(b).fill('beta');
  await tagInput(b).press('Enter');
  await b.getByLabel('Liked').check();
  // The note was changed in the same place on both sides: B is shown both versions and asked.
  const choice = b.getByRole('group', { name: /also changed elsewhere/ });
  await expect.poll(() => choice.count(), { timeout: 10_000 }).toBe(1);
  expect(await choice.innerText()).toContain('Written in popup A.');
  expect(await choice.innerText()).toContain('A line from popup B.');
  expect(await b.locator('.save-status').getAttribute('data-state')).toBe('conflict');
  let stored = await herPage();
  expect(stored.entry.tags.sort()).toEqual(['alpha', 'beta', 'gamma']);
  expect(stored.entry.liked).toBe(true);
  expect(stored.entry.note).toBe('Written in popup A.');

  // By keyboard: from "Keep yours", Tab twice reaches "Keep both".
  await choice.getByRole('button', { name: 'Keep yours' }).focus();
  await b.keyboard.press('Tab');
  await b.keyboard.press('Tab');
  expect(await b.evaluate('document.activeElement.textContent')).toBe('Keep both');
  await b.keyboard.press('Enter');
  await waitSaved(b);
  stored = await herPage();
  expect(stored.entry.note).toBe('Written in popup A.\nA line from popup B.');
  expect(await note(b).inputValue()).toBe('Written in popup A.\nA line from popup B.');
  // B shows what A and the library added.
  expect(await b.getByRole('list', { name: 'Tags on this entry' }).innerText()).toMatch(/alpha[\s\S]*gamma|gamma[\s\S]*alpha/);
});

it('a draft left by a popup closed 50 ms after typing is offered, not written over a later edit in the library', async () => {
  const tabId = await openReview();
  // The popup's own clock is held, so its 400 ms autosave cannot answer before
  // the close however long this process stalls (then there would rightly be no
  // draft left to offer): 50 ms pass for the popup between typing and closing.
  const popup = await openPopup(l, tabId);
  const release = await holdTimers(popup);
  await note(popup).fill('Typed, then the popup closed.');
  await popup.clock.runFor(50);
  await popup.close({ runBeforeUnload: true });
  await release();
  await expect.poll(async () => (await herPage())?.entry.note).toBe('Typed, then the popup closed.');
  expect((await libraryEdit({ note: { from: 'Typed, then the popup closed.', to: 'Rewritten in the library.' } })).ok).toBe(true);

  const again = await openPopup(l, tabId);
  await again.waitForTimeout(1000);
  // Nothing written back; the text the popup kept is offered, with the reader's choice.
  expect((await herPage()).entry.note).toBe('Rewritten in the library.');
  expect(await note(again).inputValue()).toBe('Rewritten in the library.');
  expect(await again.locator('.draft-offer').innerText()).toContain('Restore your unsaved text?');
  expect(await again.locator('.draft-offer').innerText()).toContain('Typed, then the popup closed.');
  await again.getByRole('button', { name: 'Discard' }).click();
  expect(await again.locator('.draft-offer').count()).toBe(0);
  await again.close();
  const third = await openPopup(l, tabId);
  await third.waitForTimeout(500);
  expect(await third.locator('.draft-offer').count()).toBe(0);
  expect((await herPage()).entry.note).toBe('Rewritten in the library.');
});

it('a film correction typed and the popup closed at once is kept', async () => {
  const tabId = await openReview();
  const popup = await openPopup(l, tabId);
  await popup.getByRole('button', { name: 'Edit film' }).click();
  await popup.getByLabel('Title').fill('Her (typed, never saved by hand)');
  await popup.close({ runBeforeUnload: true });
  const again = await openPopup(l, tabId);
  await expect.poll(() => again.locator('#film-heading').innerText(), { timeout: 10_000 }).toContain('Her (typed, never saved by hand)');
  await expect.poll(async () => (await herPage())?.correction?.film?.title).toBe('Her (typed, never saved by hand)');
});

it('a note typed as the popup closes itself is saved by the next popup', async () => {
  const tabId = await openReview();
  const popup = await openPopup(l, tabId);
  const closed = popup.waitForEvent('close');
  // The browser closing a popup (a click elsewhere) is window.close() here:
  // Chromium drops what the page sends as it goes, so the autosave that
  // pagehide starts never lands; the draft the popup kept must.
  await note(popup).evaluate((area: HTMLTextAreaElement) => {
    area.value = 'Typed as the popup closed itself.';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    window.close();
  });
  await closed;
  const again = await openPopup(l, tabId);
  await expect.poll(async () => (await herPage())?.entry.note, { timeout: 10_000 }).toBe('Typed as the popup closed itself.');
  expect(await note(again).inputValue()).toBe('Typed as the popup closed itself.');
  expect(await again.locator('.draft-offer').count()).toBe(0);
});

it('a note typed and the page clicked is saved while the popup is still open, not only when it closes', async () => {
  const tab = await l.context.newPage();
  await tab.goto(server.url(DEMO));
  const tabId = await tabIdOf(l, tab);
  await waitForDetection(l, tabId);
  const popup = await openPopup(l, tabId);
  // Headless pages keep focus whatever happens; a toolbar popup loses it when the reader clicks elsewhere.
  await (await l.context.newCDPSession(popup)).send('Emulation.setFocusEmulationEnabled', { enabled: false });
  // The popup's clock is held: its 400 ms autosave cannot be what saves.
  const release = await holdTimers(popup);
  try {
    await note(popup).fill('Typed, then the reader clicked the page.');
    await popup.clock.runFor(50);
    await tab.bringToFront(); // the popup loses focus here, and the browser would close it next
    await expect.poll(async () => (await herPage())?.entry.note, { timeout: 10_000 }).toBe('Typed, then the reader clicked the page.');
  } finally {
    await popup.close();
    await release();
  }
});
