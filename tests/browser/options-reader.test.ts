/**
 * The library as a reader of issue 15 meets it, in Chromium with the built
 * extension: search that forgives spelling and says why, notes as written,
 * counts that follow the filters, the critics, one film over time, and the
 * smaller things (disabled buttons, storage feedback, the welcome link).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { launch, openOptions, type Launched } from './chromium';
import { READER_BACKUP, READER_LETTERBOXD } from '../support/reader-library';

async function send(page: Page, message: unknown): Promise<any> {
  const result = (await page.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(message)})`)) as any;
  if (!result?.ok) throw new Error(`background refused ${JSON.stringify(message).slice(0, 80)}: ${result?.error}`);
  return result.data;
}

const rows = (p: Page) => p.locator('#panel-reviews tbody tr:not(.editor-row)');
const tab = (p: Page, name: RegExp) => p.getByRole('tab', { name }).click();

describe('the library, as a reader finds things in it', () => {
  let l: Launched;
  let options: Page;
  let search: ReturnType<Page['getByLabel']>;
  beforeAll(async () => {
    l = await launch();
    options = await openOptions(l);
    await send(options, { type: 'library/import', kind: 'backup', text: JSON.stringify(READER_BACKUP) });
    await send(options, { type: 'library/import', kind: 'letterboxd', text: READER_LETTERBOXD });
    await options.reload();
    await options.waitForSelector('[data-complete="true"]');
    search = options.getByLabel('Search', { exact: true });
  });
  afterAll(async () => {
    await l?.close();
  });

  it('"johansson" finds the review that spells her "Johanssen", marks it and says why', async () => {
    await tab(options, /Reviews/);
    await search.fill('johansson');
    await expect.poll(() => rows(options).count()).toBe(2);
    const her = rows(options).filter({ hasText: 'Her (2013)' });
    expect(await her.locator('.why').innerText()).toContain('cast: Scarlett Johanssen');
    expect(await options.locator('#search-summary').innerText()).toContain('2 pages');
    await tab(options, /People/);
    const people = options.locator('#panel-people .person-entry');
    await expect.poll(() => people.count()).toBe(2);
    expect(await people.locator('.person-name mark').allInnerTexts()).toEqual(expect.arrayContaining(['Johanssen', 'Johansson']));
    expect(await people.allInnerTexts()).not.toContain(expect.stringContaining('Phoenix'));
    // Two words, one of them misspelled.
    await search.fill('scarlett johansson');
    await expect.poll(() => people.count()).toBe(2);
  });

  it('"teodore" finds Theodore; Highlights lists no passage that lacks the word, People only Phoenix', async () => {
    await tab(options, /Reviews/);
    await search.fill('teodore');
    await expect.poll(() => rows(options).count()).toBe(1);
    expect(await rows(options).locator('.why').innerText()).toContain('character: Theodore (Joaquin Phoenix)');
    await tab(options, /Highlights/);
    await expect.poll(() => options.locator('#panel-highlights').innerText()).toContain('No highlight matches.');
    expect(await options.locator('#panel-highlights li.highlight').count()).toBe(0);
    await tab(options, /People/);
    const people = options.locator('#panel-people .person-entry');
    await expect.poll(() => people.count()).toBe(1);
    expect(await people.innerText()).toContain('Joaquin Phoenix');
    expect(await people.locator('.why').innerText()).toContain('plays Theodore in Her');
  });

  it('a word in a passage lists only that passage, the word marked, with "in the passage"', async () => {
    await tab(options, /Highlights/);
    await search.fill('letters');
    const items = options.locator('#panel-highlights li.highlight');
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.locator('blockquote').innerText()).toBe('He writes letters for other people.');
    expect(await items.locator('blockquote mark').innerText()).toBe('letters');
    expect(await items.locator('.why').innerText()).toContain('in the passage');
    await tab(options, /Reviews/);
    expect(await rows(options).filter({ hasText: 'Her (2013)' }).locator('.why').innerText()).toContain('in the note');
    // A film's title finds its page, not every passage on it; "her" is not found inside "other".
    await search.fill('her');
    await tab(options, /Highlights/);
    await expect.poll(() => items.count()).toBe(0);
    await search.fill('');
  });

  it('the Note column reads as the reader wrote it, never raw Markdown; the Films view renders it', async () => {
    await tab(options, /Reviews/);
    await expect.poll(() => rows(options).count()).toBe(3);
    const note = await rows(options).filter({ hasText: 'Her review' }).locator('.note').innerText();
    expect(note).toContain('Loved the melancholy tone.');
    expect(note).not.toMatch(/\*\*|^- |\n- /);
    await tab(options, /Films/);
    const herFilm = options.locator('#panel-films .film-entry', { hasText: 'Her (2013)' });
    await herFilm.locator('summary').click();
    const rendered = herFilm.locator('.page-line', { hasText: 'Her review' }).locator('.note');
    await expect.poll(() => rendered.locator('strong').innerText()).toBe('melancholy');
    expect(await rendered.locator('li').allInnerTexts()).toEqual(['Phoenix is great', 'the letters']);
    await herFilm.locator('summary').click();
  });

  it('the header counts follow the filters', async () => {
    await tab(options, /Reviews/);
    const summary = options.locator('#search-summary');
    expect(await summary.innerText()).toBe('3 pages, 4 highlights, 1 Letterboxd rating.');
    await options.locator('#panel-reviews summary', { hasText: 'Filters' }).click();
    await options.locator('#panel-reviews').getByLabel('Tag').selectOption('romance');
    await expect.poll(() => summary.innerText()).toBe('1 of 3 pages, 3 of 4 highlights, 0 of 1 Letterboxd rating pass the filters.');
    expect(await rows(options).count()).toBe(1);
    await options.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => summary.innerText()).toBe('3 pages, 4 highlights, 1 Letterboxd rating.');
  });

  it('shows each reviewer and their rating, and how far the reader agrees with each critic', async () => {
    await tab(options, /Reviews/);
    expect(await rows(options).filter({ hasText: 'Her review' }).innerText()).toContain('by Anna Critic, their rating 8/10 (4 / 5)');
    await tab(options, /critics/);
    const critics = options.locator('#panel-critics .critic-entry');
    await expect.poll(() => critics.count()).toBe(2);
    const anna = critics.filter({ hasText: 'Anna Critic' });
    // 4.5 vs 4 and 3 vs 5: 1.25 stars apart on average.
    expect(await anna.locator('summary').innerText()).toContain('75% agreement');
    expect(await anna.locator('summary').innerText()).toContain('2 reviews you rated · within half a star on 1 of 2 · you rate 0.8 stars lower on average');
    const ben = critics.filter({ hasText: 'Ben Reviewer' });
    expect(await ben.locator('summary').innerText()).toContain('90% agreement');
    await anna.locator('summary').click();
    expect(await anna.locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/Lost in Translation \(2003\)\s+Lost in Translation review\s+5 \/ 5\s+3 \/ 5/),
      expect.stringMatching(/Her \(2013\)\s+Her review: a love letter\s+4 \/ 5\s+4\.5 \/ 5/),
    ]);
  });

  it('the Films view gathers a film: ratings over time, each review with its critic and passages', async () => {
    await tab(options, /Films/);
    const herFilm = options.locator('#panel-films .film-entry', { hasText: 'Her (2013)' });
    expect(await herFilm.locator('summary').innerText()).toContain('2 reviews, 3 highlights · Letterboxd');
    await herFilm.locator('summary').click();
    const history = herFilm.getByRole('region', { name: 'Your ratings over time' }).locator('li');
    await expect.poll(() => history.count()).toBe(3);
    const lines = await history.allInnerTexts();
    expect(lines[0]).toMatch(/^2024-02-14 4\.5 \/ 5 watched · reading Her review: a love letter/);
    expect(lines[1]).toMatch(/^2025-01-05 3\.5 \/ 5 watched · reading Her, ten years on/);
    expect(lines[2]).toMatch(/5 \/ 5 saved · on Letterboxd/);
    const reviews = herFilm.locator('.page-line');
    expect(await reviews.count()).toBe(2);
    expect(await reviews.filter({ hasText: 'Her, ten years on' }).innerText()).toContain('by Ben Reviewer, their rating 3 / 5');
    expect(await reviews.filter({ hasText: 'Her review' }).locator('blockquote').count()).toBe(3);
    expect(await reviews.filter({ hasText: 'Her, ten years on' }).locator('blockquote').count()).toBe(0);
    await herFilm.locator('summary').click();
  });

  it('Import with no file looks disabled; storage answers the reader; the welcome page is a link away', async () => {
    await tab(options, /Export, import/);
    const importButton = options.getByRole('button', { name: 'Import', exact: true });
    expect(await importButton.isDisabled()).toBe(true);
    const look = (b: typeof importButton) => b.evaluate((e) => `${getComputedStyle(e).opacity} ${getComputedStyle(e).cursor} ${getComputedStyle(e).backgroundColor}`);
    const disabledLook = await look(importButton);
    await options.getByLabel('File to import').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
    expect(await importButton.isDisabled()).toBe(false);
    expect(await look(importButton)).not.toBe(disabledLook);
    expect(disabledLook).toContain('not-allowed');

    const ask = options.getByRole('button', { name: 'Ask the browser to keep it' });
    const persisted = await options.locator('[data-persisted]').getAttribute('data-persisted');
    if (persisted === 'false') {
      await ask.click();
      await expect.poll(() => options.locator('.storage + .row [role="status"], .panel [role="status"]').allInnerTexts()).toEqual(
        expect.arrayContaining([expect.stringMatching(/^(Done: the browser will keep your library|The browser said no for now)/)]),
      );
    } else {
      // With unlimitedStorage the browser may keep it already: then it says so and offers nothing to click.
      expect(await options.locator('[data-persisted]').innerText()).toContain('Yes: the browser will not evict your library');
      expect(await ask.count()).toBe(0);
    }
    const welcome = options.getByRole('link', { name: 'Welcome: how Reel Notes works' });
    expect(await welcome.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`chrome-extension://${l.id}/src/welcome/index.html`);
  });

  it('has no serious or critical accessibility violation while searching, in light and dark', { timeout: 180_000 }, async () => {
    await search.fill('johansson');
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      for (const name of [/Reviews/, /Films/, /critics/]) {
        await tab(options, name);
        const open = options.locator('[role="tabpanel"]:not([hidden]) details:not([open]) > summary').first();
        if (await open.count()) await open.click();
        const result = await new AxeBuilder({ page: options }).analyze();
        const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(bad.map((v) => `${scheme}/${name}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    }
    await options.emulateMedia({ colorScheme: 'light' });
  });
});
