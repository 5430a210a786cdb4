/**
 * The popup of issue 5 in Chromium with the built extension: the diary entry
 * (tags, liked, rewatch, watched date) across a close and a browser restart,
 * corrections of the film, one record for one review reached two ways, the
 * "This is a review of…" path on a page with no detection, and writes that fail
 * (a note over the limit, a full disk) without losing what was typed.
 * Rating and note across a restart are in thin-slice.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, newProfile, openOptions, openPopup, tabIdOf, waitForDetection, type Launched } from './chromium';
import { useServer } from './server';

const server = useServer();

const DEMO = '/demo/her-review.html';

async function openTab(l: Launched, path: string, detect = true): Promise<{ page: Page; tabId: number }> {
  const page = await l.context.newPage();
  await page.goto(server.url(path));
  const tabId = await tabIdOf(l, page);
  if (detect) await waitForDetection(l, tabId);
  else await page.waitForTimeout(500);
  return { page, tabId };
}

const saveState = (popup: Page) => popup.locator('.save-status').getAttribute('data-state');
const waitSaved = (popup: Page) => expect.poll(() => saveState(popup), { timeout: 5000 }).toBe('saved');
const chips = (popup: Page) => popup.getByRole('list', { name: 'Tags on this entry' }).locator('li > span').allInnerTexts();
const tagInput = (popup: Page) => popup.getByLabel('Tags', { exact: true });
const note = (popup: Page) => popup.getByLabel('Note', { exact: true });

/** What the library holds, asked the way the options page asks. */
/** Selects the page's first paragraph containing `text`, as the reader would before "Re-attach to selection". */
function selectParagraph(page: Page, text: string): Promise<void> {
  return page.evaluate((t) => {
    const p = [...document.querySelectorAll('p')].find((e) => e.textContent?.includes(t));
    if (!p) throw new Error(`No paragraph with ${t}`);
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  }, text);
}

async function library(l: Launched): Promise<any> {
  const options = await openOptions(l);
  const lib = await options.evaluate(`chrome.runtime.sendMessage({ type: 'library/list' }).then((r) => r.data)`);
  await options.close();
  return lib;
}

/** Runs `message` through chrome.runtime.sendMessage from the content-script world of a tab, as its sender. */
async function fromContentScript(l: Launched, tabId: number, message: unknown): Promise<any> {
  return l.worker.evaluate(`(async () => {
    const [r] = await chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: (m) => chrome.runtime.sendMessage(m), args: [${JSON.stringify(message)}] });
    return r.result;
  })()`);
}

describe('the popup', () => {
  it('keeps tags, liked, rewatch and the watched date across a close and a restart, and suggests tags already used', async () => {
    const profile = newProfile();
    let l = await launch({ profile });
    try {
      const { tabId } = await openTab(l, DEMO);
      const popup = await openPopup(l, tabId);
      await popup.getByLabel('Liked').check();
      await popup.getByLabel('Rewatch').check();
      await popup.getByLabel('Watched').fill('2024-02-14');
      await tagInput(popup).fill('romance');
      await tagInput(popup).press('Enter');
      await tagInput(popup).fill('sci-fi,');
      await expect.poll(() => chips(popup)).toEqual(['romance', 'sci-fi']);
      await waitSaved(popup);
      await popup.close();

      // Another review: the tags used on the first one are offered, and a click adds one.
      const other = await openTab(l, '/her-second-review.html');
      const popup2 = await openPopup(l, other.tabId);
      await popup2.getByRole('button', { name: 'Add tag sci-fi' }).click();
      await expect.poll(() => chips(popup2)).toEqual(['sci-fi']);
      expect(await popup2.locator('datalist option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['romance']);
      await waitSaved(popup2);
      // Removing a tag with its button, by keyboard.
      await popup2.getByRole('button', { name: 'Remove tag sci-fi' }).focus();
      await popup2.keyboard.press('Enter');
      await expect.poll(() => popup2.getByRole('list', { name: 'Tags on this entry' }).count()).toBe(0);
      await waitSaved(popup2);
    } finally {
      await l.close();
    }

    l = await launch({ profile });
    try {
      const { tabId } = await openTab(l, DEMO);
      const popup = await openPopup(l, tabId);
      expect(await popup.getByLabel('Liked').isChecked()).toBe(true);
      expect(await popup.getByLabel('Rewatch').isChecked()).toBe(true);
      expect(await popup.getByLabel('Watched').inputValue()).toBe('2024-02-14');
      expect(await chips(popup)).toEqual(['romance', 'sci-fi']);
      const lib = await library(l);
      const her = lib.pages.find((p: any) => p.url.endsWith(DEMO));
      expect(her.entry).toMatchObject({ liked: true, rewatch: true, watchedDate: '2024-02-14', tags: ['romance', 'sci-fi'] });
      expect(lib.pages.find((p: any) => p.url.endsWith('/her-second-review.html')).entry.tags).toEqual([]);
    } finally {
      await l.close();
    }
  });

  it('keeps a correction of the film title over the extraction after a reload, for that field only', async () => {
    const l = await launch();
    try {
      const { page, tabId } = await openTab(l, DEMO);
      const popup = await openPopup(l, tabId);
      await popup.getByRole('button', { name: 'Edit film' }).click();
      await expect.poll(() => popup.evaluate('document.activeElement.id')).toBe('film-title');
      await popup.getByLabel('Title').fill('Her (director’s cut)');
      await popup.getByRole('button', { name: 'Save film' }).click();
      await expect.poll(() => popup.locator('#film-heading').innerText()).toContain('Her (director’s cut)');
      await expect.poll(() => popup.evaluate('document.activeElement.textContent')).toBe('Edit film');
      await popup.close();

      await page.reload();
      await waitForDetection(l, tabId);
      const again = await openPopup(l, tabId);
      expect(await again.locator('#film-heading').innerText()).toContain('Her (director’s cut)');
      // The fields the reader did not touch still come from the page.
      expect(await again.getByText('Directed by Spike Jonze').count()).toBe(1);
      expect(await again.locator('.signals summary').innerText()).toContain('corrected by you');
      const lib = await library(l);
      expect(lib.pages[0].correction).toEqual({ isReview: true, film: { title: 'Her (director’s cut)' } });

      // And back to what the page says.
      await again.getByRole('button', { name: 'Use detected film' }).click();
      // What the page says, completed from the film index (issue 11): the year the page never states.
      await expect.poll(() => again.locator('#film-heading').innerText()).toBe('Her (2013)');
    } finally {
      await l.close();
    }
  });

  it('shows one record for the review reached with tracking parameters or a fragment', async () => {
    const l = await launch();
    try {
      const first = await openTab(l, DEMO);
      const popup = await openPopup(l, first.tabId);
      await popup.locator('label[title="4 stars"]').click();
      await note(popup).fill('One record, three URLs.');
      await waitSaved(popup);
      await popup.close();

      for (const path of [`${DEMO}?utm_source=x&utm_medium=social&fbclid=abc`, `${DEMO}#comments`]) {
        const { tabId } = await openTab(l, path);
        const p = await openPopup(l, tabId);
        expect(await note(p).inputValue(), path).toBe('One record, three URLs.');
        expect(await p.getByRole('radio', { name: '4 stars' }).isChecked(), path).toBe(true);
        await p.close();
      }
      const lib = await library(l);
      expect(lib.pages).toHaveLength(1);
      expect(lib.pages[0].id).toBe(server.url(DEMO));

      // One film, many reviews (issue 15.12): on another review of Her, the popup says the reader rated it
      // already, here and in Letterboxd, and links the other saved review.
      const options = await openOptions(l);
      const imported = await options.evaluate(`chrome.runtime.sendMessage({ type: 'library/import', kind: 'letterboxd', text: 'Date,Name,Year,Letterboxd URI,Rating\\r\\n2024-01-02,Her,2013,https://boxd.it/abc,5\\r\\n' })`);
      expect((imported as any).ok).toBe(true);
      await options.close();
      const second = await openTab(l, '/her-second-review.html');
      const p = await openPopup(l, second.tabId);
      const related = p.getByRole('region', { name: 'You already rated Her' });
      await expect.poll(() => related.count()).toBe(1);
      expect(await related.innerText()).toContain('In Letterboxd: 5 / 5');
      const others = related.getByRole('list', { name: 'Other saved reviews of Her' });
      expect(await others.getByRole('listitem').allInnerTexts()).toEqual([expect.stringContaining('you: 4 / 5')]);
      expect(await others.getByRole('link').getAttribute('href')).toBe(server.url(DEMO));
      // You and the critic (issue 15.11): the reviewer and their rating beside the reader's, on one scale.
      const critic = p.getByRole('region', { name: 'You and the critic' });
      expect(await critic.innerText()).toMatch(/Ann Critic\s*4 \/ 5 \(8\/10 on the page\)\s*You\s*not rated yet/);
      await p.locator('label[title="3 stars"]').click();
      await expect.poll(() => critic.innerText()).toMatch(/You\s*3 \/ 5/);
    } finally {
      await l.close();
    }
  });

  it('saves a film on a page where nothing was detected, through “This is a review of…”', async () => {
    const l = await launch();
    try {
      const { page, tabId } = await openTab(l, '/not-a-review.html', false);
      const popup = await openPopup(l, tabId);
      // Opening the popup runs the full extraction (issue 11): it looked, and found no review.
      expect(await popup.locator('#film-heading').innerText()).toBe('Not a film review');
      // Issue 15.9: no diary form on a page that is no review; its highlights, and "This is a review of…".
      expect(await popup.getByRole('heading', { name: 'Your entry' }).count()).toBe(0);
      expect(await popup.getByRole('radio').count()).toBe(0);
      expect(await popup.getByRole('heading', { name: 'Highlights (0)' }).count()).toBe(1);
      // Issue 15.10: the certainty in words, no percentage; the evidence one click away.
      const why = popup.locator('.signals summary');
      expect(await why.innerText()).toMatch(/^Not a film review — \S/);
      expect(await popup.locator('.signals').innerText()).not.toMatch(/%|sure/);
      expect(await popup.getByRole('list', { name: 'Evidence' }).isVisible()).toBe(false);
      await why.click();
      expect(await popup.getByRole('list', { name: 'Evidence' }).getByRole('listitem').count()).toBeGreaterThan(0);
      await popup.getByRole('button', { name: 'This is a review of…' }).click();
      expect(await popup.getByLabel('This page is a film review').isChecked()).toBe(true);
      await popup.getByLabel('Title').fill('Paterson');
      await popup.getByLabel('Year').fill('1800');
      await popup.getByRole('button', { name: 'Save film' }).click();
      await expect.poll(() => popup.getByRole('alert').innerText()).toContain('Year must be');
      await popup.getByLabel('Year').fill('2016');
      await popup.getByLabel('Directors').fill('Jim Jarmusch');
      await popup.getByLabel('Cast').fill('Adam Driver as Paterson\nGolshifteh Farahani as Laura');
      await popup.getByRole('button', { name: 'Save film' }).click();
      await expect.poll(() => popup.locator('#film-heading').innerText()).toBe('Paterson (2016)');
      expect(await popup.getByRole('list', { name: 'Cast' }).innerText()).toContain('Adam Driver as Paterson');
      await popup.locator('label[title="4.5 stars"]').click();
      await waitSaved(popup);
      await popup.close();

      await page.reload();
      await page.waitForTimeout(500);
      const again = await openPopup(l, tabId);
      expect(await again.locator('#film-heading').innerText()).toBe('Paterson (2016)');
      expect(await again.getByText('Directed by Jim Jarmusch').count()).toBe(1);
      expect(await again.getByRole('radio', { name: '4.5 stars' }).isChecked()).toBe(true);
    } finally {
      await l.close();
    }
  });

  it('shows a failed write and keeps the draft on screen: a note over the limit, then a full disk', async () => {
    const l = await launch();
    try {
      const { tabId } = await openTab(l, DEMO);
      let popup = await openPopup(l, tabId);
      await note(popup).fill('Kept.');
      await waitSaved(popup);

      // 1. A note longer than the background accepts (pasting a long text is enough).
      const long = 'x'.repeat(100_001);
      await note(popup).fill(long);
      await expect.poll(() => saveState(popup), { timeout: 5000 }).toBe('error');
      expect(await popup.locator('.save-status').innerText()).toMatch(/Not saved: .*note/);
      expect(await popup.locator('#note-help').innerText()).toContain('Too long to save');
      expect((await note(popup).inputValue()).length).toBe(100_001);
      await note(popup).fill('Short again.');
      await waitSaved(popup);

      // 2. The disk is full: every IndexedDB put fails as the browser would fail it.
      await l.worker.evaluate(`(() => {
        globalThis.__realPut = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
      })()`);
      await note(popup).fill('Written while the disk was full.');
      await expect.poll(() => saveState(popup), { timeout: 5000 }).toBe('error');
      expect(await popup.locator('.save-status').innerText()).toContain('disk full');
      expect(await note(popup).inputValue()).toBe('Written while the disk was full.');
      await popup.getByRole('button', { name: 'Try again' }).click();
      await expect.poll(() => saveState(popup), { timeout: 5000 }).toBe('error');
      expect(await note(popup).inputValue()).toBe('Written while the disk was full.');
      // The reader gives up and closes the popup; the draft waits for the next open.
      await popup.close();
      await l.worker.evaluate(`IDBObjectStore.prototype.put = globalThis.__realPut`);

      popup = await openPopup(l, tabId);
      expect(await note(popup).inputValue()).toBe('Written while the disk was full.');
      // Stored either by the flush as the popup closed (if it reached the background once the disk had room)
      // or by the draft's restore on this open: both are the reader's text, and no error is left.
      await expect.poll(async () => (await library(l)).pages[0].entry.note).toBe('Written while the disk was full.');
      await expect.poll(() => saveState(popup)).not.toBe('error');
      await popup.close();
      popup = await openPopup(l, tabId);
      expect(await note(popup).inputValue()).toBe('Written while the disk was full.');
      expect(await popup.getByText('Restored what you typed').count()).toBe(0);
    } finally {
      await l.close();
    }
  });

  it('lists the highlights: show on page, note, colour, delete with undo; orphans: look again, re-attach, delete', async () => {
    const l = await launch();
    try {
      const { page, tabId } = await openTab(l, DEMO);
      const make = async (text: string, exact = text) => {
        const r = await fromContentScript(l, tabId, { type: 'highlight/create', url: page.url(), text, selectors: [{ type: 'TextQuoteSelector', exact }], color: 'yellow' });
        expect(r.ok).toBe(true);
        return r.data.highlight.id as string;
      };
      const first = await make('an air of melancholy');
      await make('romantic entanglement');
      const gone = await make('A passage this page never had.');
      await page.reload();
      await waitForDetection(l, tabId);
      // The page tools report the orphan a moment after the reload.
      await expect.poll(async () => (await library(l)).highlights.filter((h: any) => h.lastStatus === 'orphan').length, { timeout: 10_000 }).toBe(1);
      const popup = await openPopup(l, tabId);
      const item = (id: string) => popup.locator(`[data-highlight-id="${id}"]`);
      expect(await popup.locator('.orphans .highlight').count()).toBe(1);
      expect(await popup.locator('#hl-heading').innerText()).toBe('Highlights (3)');

      // Show on page scrolls the page to the passage (the page shows no card: notes stay out of its DOM).
      await page.evaluate('scrollTo(0, document.body.scrollHeight)');
      const passageTop = () => page.evaluate(`[...CSS.highlights.get('reel-notes-yellow')].find((r) => r.toString() === 'an air of melancholy').getBoundingClientRect().top`) as Promise<number>;
      const viewport = (await page.evaluate('innerHeight')) as number;
      await item(first).getByRole('button', { name: 'Show on page' }).click();
      await expect.poll(async () => { const top = await passageTop(); return top >= 0 && top < viewport; }).toBe(true);

      // A note, by keyboard: Escape cancels, Enter on the button saves.
      await item(first).getByRole('button', { name: 'Add note' }).click();
      await expect.poll(() => popup.evaluate('document.activeElement.id')).toBe(`note-${first}`);
      await popup.keyboard.type('Not kept');
      await popup.keyboard.press('Escape');
      expect(await item(first).locator('textarea').count()).toBe(0);
      await item(first).getByRole('button', { name: 'Add note' }).click();
      await expect.poll(() => popup.evaluate('document.activeElement.id')).toBe(`note-${first}`);
      expect(await item(first).locator('textarea').inputValue()).toBe('');
      await popup.keyboard.type('The tone of the whole film.');
      await item(first).getByRole('button', { name: 'Save note' }).press('Enter');
      await expect.poll(() => item(first).locator('.hl-note').innerText()).toBe('The tone of the whole film.');

      // Colour, with the keyboard on the select.
      await item(first).getByLabel('Colour').selectOption('blue');
      await expect.poll(() => item(first).getAttribute('class')).toContain('blue');

      // Delete, then undo.
      await item(first).getByRole('button', { name: 'Delete' }).click();
      await expect.poll(() => item(first).count()).toBe(0);
      await popup.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => item(first).count()).toBe(1);
      expect(await item(first).locator('.hl-note').innerText()).toBe('The tone of the whole film.');

      // The orphan: looking again does not find it; re-attach needs a selection, then takes it.
      await popup.getByRole('button', { name: 'Look for them again' }).click();
      await expect.poll(() => popup.getByRole('status').last().innerText()).toContain('1 still not found');
      await item(gone).getByRole('button', { name: 'Re-attach to selection' }).click();
      await expect.poll(() => item(gone).getByRole('alert').innerText()).toContain('select the passage on the page first');
      await selectParagraph(page, 'Samantha');
      await item(gone).getByRole('button', { name: 'Re-attach to selection' }).click();
      await expect.poll(() => popup.locator('.orphans').count()).toBe(0);
      expect(await item(gone).locator('blockquote').innerText()).toContain('Samantha');
      // Issue 15.3: the counts follow (no stale "1 still not found"), the badge too, and the re-attach can be undone.
      const status = popup.getByRole('status').last();
      expect(await status.innerText()).toMatch(/^Re-attached to “/);
      expect(await popup.getByText(/still not found/).count()).toBe(0);
      const badge = () => l.worker.evaluate(`chrome.action.getTitle({ tabId: ${tabId} })`) as Promise<string>;
      await expect.poll(badge).not.toContain('not found');
      await status.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => popup.locator('.orphans .highlight').count()).toBe(1);
      expect(await item(gone).locator('blockquote').innerText()).toBe('A passage this page never had.');
      expect(await popup.getByRole('heading', { name: 'Not found on the page (1)' }).count()).toBe(1);
      await expect.poll(badge).toContain('1 saved passage not found');
      // And again, for good.
      await selectParagraph(page, 'Samantha');
      await item(gone).getByRole('button', { name: 'Re-attach to selection' }).click();
      await expect.poll(() => popup.locator('.orphans').count()).toBe(0);
      await item(gone).getByRole('button', { name: 'Delete' }).click();
      await expect.poll(() => popup.locator('#hl-heading').innerText()).toBe('Highlights (2)');

      const lib = await library(l);
      expect(lib.highlights.map((h: any) => [h.text, h.color, h.note, h.lastStatus]).sort()).toEqual([
        ['an air of melancholy', 'blue', 'The tone of the whole film.', 'placed'],
        ['romantic entanglement', 'yellow', '', 'placed'],
      ]);
    } finally {
      await l.close();
    }
  });

  it('is usable by keyboard: rating as a radio group, clear, tags, preview', async () => {
    const l = await launch();
    try {
      const { tabId } = await openTab(l, DEMO);
      const popup = await openPopup(l, tabId);
      await popup.getByRole('radio', { name: '2 stars' }).focus();
      await popup.keyboard.press('Space');
      await popup.keyboard.press('ArrowRight');
      await popup.keyboard.press('ArrowRight');
      await expect.poll(() => popup.getByRole('radio', { name: '3 stars' }).isChecked()).toBe(true);
      await popup.keyboard.press('Tab');
      expect(await popup.evaluate('document.activeElement.textContent')).toBe('Clear rating');
      await popup.keyboard.press('Enter');
      await expect.poll(() => popup.getByRole('radio', { checked: true }).count()).toBe(0);
      await waitSaved(popup);

      await tagInput(popup).focus();
      await popup.keyboard.type('drama');
      await popup.keyboard.press('Enter');
      await popup.keyboard.type('slow');
      await popup.keyboard.press('Enter');
      await popup.keyboard.press('Backspace');
      await expect.poll(() => chips(popup)).toEqual(['drama']);

      await note(popup).focus();
      await popup.keyboard.type('**Bold** and <b>not bold</b>');
      await popup.getByRole('button', { name: 'Preview' }).focus();
      await popup.keyboard.press('Space');
      const preview = popup.getByRole('region', { name: 'Note preview' });
      expect(await preview.locator('strong').innerText()).toBe('Bold');
      expect(await preview.innerText()).toContain('<b>not bold</b>');
      // The toggle says what it does now (issue 15.14: "Preview" kept its label when on), and goes back.
      expect(await popup.getByRole('button', { name: 'Preview' }).count()).toBe(0);
      expect(await popup.evaluate('document.activeElement.textContent')).toBe('Back to writing');
      await popup.keyboard.press('Space');
      await expect.poll(() => note(popup).isVisible()).toBe(true);
      expect(await popup.evaluate('document.activeElement.textContent')).toBe('Preview');
      await waitSaved(popup);
      const lib = await library(l);
      expect(lib.pages[0].entry).toMatchObject({ rating: null, tags: ['drama'], note: '**Bold** and <b>not bold</b>' });
    } finally {
      await l.close();
    }
  });

  it('loses no update when two popups of the same page edit different fields', async () => {
    const l = await launch();
    try {
      const { tabId } = await openTab(l, DEMO);
      const a = await openPopup(l, tabId);
      const b = await openPopup(l, tabId);
      // Both opened on the same (empty) entry; each saves only what it changed.
      await a.locator('label[title="2.5 stars"]').click();
      await a.getByLabel('Liked').check();
      await waitSaved(a);
      await note(b).fill('Written in the other window.');
      await tagInput(b).fill('second,');
      await waitSaved(b);
      const lib = await library(l);
      expect(lib.pages[0].entry).toMatchObject({ rating: 2.5, liked: true, note: 'Written in the other window.', tags: ['second'] });
    } finally {
      await l.close();
    }
  });
});
