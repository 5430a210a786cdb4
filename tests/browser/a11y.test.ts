/**
 * axe-core on the extension's pages in Chromium, in the light and the dark
 * theme: the popup with a detected film and highlights (one of them an
 * orphan), also with its correction form and note preview open, and the
 * options page. No serious or critical violation is allowed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { launch, openOptions, openPopup, openSidePanel, tabIdOf, waitForDetection, type Launched } from './chromium';
import { useServer } from './server';

const server = useServer();

/** Serious and critical violations, one line each with the offending elements. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: page as any }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary?.replace(/\s+/g, ' ')})`).join('; ')}`);
}

async function fromContentScript(l: Launched, tabId: number, message: unknown): Promise<any> {
  return l.worker.evaluate(`(async () => {
    const [r] = await chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: (m) => chrome.runtime.sendMessage(m), args: [${JSON.stringify(message)}] });
    return r.result;
  })()`);
}

const quote = (exact: string) => [{ type: 'TextQuoteSelector', exact }];

/** The demo review with its film detected, two placed highlights (one with a note) and one orphan. */
async function reviewWithHighlights(l: Launched): Promise<number> {
  const page = await l.context.newPage();
  const url = server.url('/demo/her-review.html');
  await page.goto(url);
  const tabId = await tabIdOf(l, page);
  await waitForDetection(l, tabId);
  // Saved from the page's world (no note: a content script cannot carry one), notes added from an extension page.
  const notes = await openOptions(l);
  const make = async (text: string, color: string, note = '') => {
    const made = await fromContentScript(l, tabId, { type: 'highlight/create', url, text, selectors: quote(text), color });
    if (!made.ok || !note) return made;
    return notes.evaluate(`chrome.runtime.sendMessage(${JSON.stringify({ type: 'highlight/update', id: made.data.highlight.id, base: 0, edit: { note: { from: '', to: note } } })})`) as Promise<any>;
  };
  for (const r of [
    await make('an air of melancholy', 'yellow', 'The **tone** of the whole film.'),
    await make('romantic entanglement', 'blue'),
    await make('A sentence this page never had.', 'pink', 'Lost when the page changed.'),
  ])
    expect(r.ok).toBe(true);
  await notes.close();
  await page.reload();
  await waitForDetection(l, tabId);
  // The page tools report the orphan a moment after the reload.
  const options = await openOptions(l);
  const orphans = `chrome.runtime.sendMessage({ type: 'library/list' }).then((r) => r.data.highlights.filter((h) => h.lastStatus === 'orphan').length)`;
  const end = Date.now() + 10_000;
  while ((await options.evaluate(orphans)) !== 1) {
    if (Date.now() > end) throw new Error('The orphan was never reported');
    await options.waitForTimeout(100);
  }
  await options.close();
  return tabId;
}

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  let l: Launched;
  let tabId: number;
  beforeAll(async () => {
    l = await launch({ colorScheme });
    tabId = await reviewWithHighlights(l);
  });
  afterAll(async () => {
    await l?.close();
  });

  it('the popup with a film, an entry and highlights (one an orphan)', async () => {
    const popup = await openPopup(l, tabId);
    expect(await popup.locator('.orphans .highlight').count()).toBe(1);
    expect(await popup.locator('.highlight').count()).toBe(3);
    expect(await popup.evaluate(`matchMedia('(prefers-color-scheme: dark)').matches`)).toBe(colorScheme === 'dark');
    await popup.locator('label[title="3.5 stars"]').click();
    await popup.getByLabel('Tags', { exact: true }).fill('romance,');
    await popup.getByLabel('Note', { exact: true }).fill('**Moving.** A [review](https://example.com) worth reading.\n\n- one\n- two');
    await expect.poll(() => popup.locator('.save-status').getAttribute('data-state'), { timeout: 5000 }).toBe('saved');
    await popup.locator('.signals summary').click();
    expect(await violations(popup)).toEqual([]);

    await popup.getByRole('button', { name: 'Preview' }).click();
    await popup.locator('.highlight').first().getByRole('button', { name: 'Edit note' }).click();
    // A toggle that is on (issue 15.5/15.14 made it look pressed): its colours pass too.
    await popup.getByRole('button', { name: 'Hide on page' }).click();
    await expect.poll(() => popup.getByRole('button', { name: 'Hide on page' }).getAttribute('aria-pressed')).toBe('true');
    expect(await violations(popup)).toEqual([]);

    await popup.getByRole('button', { name: 'Edit film' }).click();
    expect(await violations(popup)).toEqual([]);
    await popup.close();
  });

  it('the popup on a page with nothing detected, and its error states', async () => {
    const page = await l.context.newPage();
    await page.goto(server.url('/not-a-review.html'));
    const popup = await openPopup(l, await tabIdOf(l, page));
    expect(await violations(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'This is a review of…' }).click();
    expect(await violations(popup)).toEqual([]);
    await popup.getByLabel('Title').fill('Paterson');
    await popup.getByRole('button', { name: 'Save film' }).click();
    await popup.getByLabel('Note', { exact: true }).fill('x'.repeat(100_001));
    await expect.poll(() => popup.locator('.save-status').getAttribute('data-state'), { timeout: 5000 }).toBe('error');
    expect(await violations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('the side panel with a film, an entry and highlights (one an orphan), its note editor open', async () => {
    const panel = await openSidePanel(l, tabId);
    expect(await panel.locator('.orphans .highlight').count()).toBe(1);
    expect(await violations(panel)).toEqual([]);
    // axe runs in a blank tab of its own, and the panel follows the active tab: back to the review.
    await l.worker.evaluate(`chrome.tabs.update(${tabId}, { active: true }).then(() => true)`);
    await expect.poll(() => panel.locator('.orphans .highlight').count()).toBe(1);
    await panel.getByRole('button', { name: 'Edit note' }).first().click();
    await panel.locator('.signals summary').click();
    expect(await violations(panel)).toEqual([]);
    await panel.close();
  });

  it('the popup and the side panel of another review of the same film, with the critic’s rating', async () => {
    const page = await l.context.newPage();
    await page.goto(server.url('/her-second-review.html'));
    const other = await tabIdOf(l, page);
    await waitForDetection(l, other);
    const popup = await openPopup(l, other);
    await expect.poll(() => popup.locator('.critic').count()).toBe(1);
    expect(await violations(popup)).toEqual([]);
    await popup.close();
    const panel = await openSidePanel(l, other);
    expect(await violations(panel)).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('the welcome page', async () => {
    const welcome = await l.context.newPage();
    await welcome.goto(`chrome-extension://${l.id}/src/welcome/index.html`);
    await welcome.waitForSelector('[data-ready="true"]');
    expect(await violations(welcome)).toEqual([]);
    await welcome.close();
  });

  it('the options page', async () => {
    const options = await openOptions(l);
    expect(await violations(options)).toEqual([]);
    await options.close();
  });
});
