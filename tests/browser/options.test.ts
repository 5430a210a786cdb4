/**
 * The options page (issue 6) in Chromium with the built extension: each
 * view, accent-insensitive search, editing, delete with undo, export then
 * import into a fresh profile with nothing lost, a malformed backup refused
 * with nothing written, and a Letterboxd import shown in the Films view.
 * Data is seeded through the background as the reader's own import would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, newProfile, openOptions, type Launched } from './chromium';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 2, 1, 12);

function film(title: string, year: number, directors: string[], cast: { name: string; character?: string }[]) {
  return { isReview: true, confidence: 0.9, signals: ['test'], film: { title, year, directors, cast }, review: {} };
}

function pageRecord(n: number, postTitle: string, detection: ReturnType<typeof film> | null, entry: Record<string, unknown>) {
  const url = `https://reviews${n}.example/post/${n}`;
  return {
    id: url,
    url,
    aliases: [],
    site: `reviews${n}.example`,
    postTitle,
    detection,
    correction: null,
    entry: { rating: null, liked: false, rewatch: false, watchedDate: null, tags: [], note: '', ...entry },
    createdAt: T0 + n * DAY,
    updatedAt: T0 + n * DAY,
  };
}

function highlightRecord(id: string, page: { id: string; createdAt: number }, text: string, note = '', lastStatus = 'placed') {
  return {
    id,
    pageId: page.id,
    text,
    selectors: [{ type: 'TextQuoteSelector', exact: text }],
    color: 'yellow',
    note,
    lastStatus,
    createdAt: page.createdAt + 1000,
    updatedAt: page.createdAt + 1000,
  };
}

const her = pageRecord(
  1,
  'Her review: a love letter to letters',
  film('Her', 2013, ['Spike Jonze'], [
    { name: 'Joaquin Phoenix', character: 'Theodore' },
    { name: 'Scarlett Johansson', character: 'Samantha' },
  ]),
  { rating: 4, tags: ['romance'], note: 'Phoenix is superb.', watchedDate: '2025-02-14' },
);
const eclair = pageRecord(2, 'Un Éclair de génie', film('Éclair', 1999, ['Agnès Varda'], [{ name: 'Juliette Binoche' }]), { rating: 2.5, tags: ['french'] });
const hostile = pageRecord(3, '<img src=x onerror="document.title=\'pwned\'">', null, { note: '<b>not bold</b>' });
const HIGHLIGHTS = [
  highlightRecord('h-her-1', her, 'He writes other people’s letters for a living.', 'the premise'),
  highlightRecord('h-her-2', her, 'Samantha laughs in the dark.', '', 'orphan'),
  highlightRecord('h-eclair-1', eclair, 'Une crème brûlée au soleil.', 'dessert scene'),
];
const BACKUP = { format: 'reel-notes-backup', version: 1, exportedAt: '2025-03-10T00:00:00.000Z', pages: [her, eclair, hostile], highlights: HIGHLIGHTS };

/** Sends a message to the background from an extension page (a string expression: see tests/browser notes on `__name`). */
async function send(page: Page, message: unknown): Promise<any> {
  const result = (await page.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(message)})`)) as any;
  if (!result?.ok) throw new Error(`background refused ${JSON.stringify(message).slice(0, 80)}: ${result?.error}`);
  return result.data;
}

/** The backup JSON without its export time, as the options page writes it (its test hook). */
async function backupText(page: Page): Promise<string> {
  const text = (await page.evaluate(`globalThis.__reelExport('backup')`)) as string;
  return text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');
}

async function seeded(l: Launched): Promise<Page> {
  const options = await openOptions(l);
  await send(options, { type: 'library/import', kind: 'backup', text: JSON.stringify(BACKUP) });
  await options.reload();
  await options.waitForSelector('[data-ready="true"]');
  return options;
}

const rows = (p: Page) => p.locator('#panel-reviews tbody tr:not(.editor-row)');

describe('the options page', () => {
  let l: Launched;
  let options: Page;
  beforeAll(async () => {
    l = await launch();
    options = await seeded(l);
  });
  afterAll(async () => {
    await l?.close();
  });

  it('lists every saved page in Reviews, with film, rating, tags, highlight count and dates', async () => {
    await expect.poll(() => rows(options).count()).toBe(3);
    const row = rows(options).filter({ hasText: 'Her (2013)' });
    expect(await row.locator('.rating').innerText()).toBe('4 / 5');
    expect(await row.locator('.tags').innerText()).toBe('romance');
    expect(await row.locator('.note').innerText()).toContain('Phoenix is superb.');
    expect(await row.innerText()).toContain('2 (1 orphaned)');
    expect(await row.innerText()).toContain('2025-02-14');
    expect(await row.getByRole('link', { name: 'Her review: a love letter to letters' }).getAttribute('href')).toBe(her.url);
  });

  it('renders page and note text as text, never markup', async () => {
    const row = rows(options).filter({ hasText: '<img src=x' });
    expect(await row.count()).toBe(1);
    expect(await row.locator('img').count()).toBe(0);
    expect(await row.locator('.note').innerText()).toBe('<b>not bold</b>');
    expect(await options.title()).not.toBe('pwned');
    // A page kept for its passages, no review (issue 15.9): it says so, not a bare "—" for its film.
    expect(await row.locator('.film').innerText()).toBe('Not a review');
  });

  it('switches views as a tablist, by click and by arrow keys', async () => {
    const tabs = options.getByRole('tab');
    // Six views since issue 15 added "You and the critics".
    expect(await tabs.count()).toBe(6);
    await options.getByRole('tab', { name: /Reviews/ }).focus();
    await options.keyboard.press('ArrowRight');
    expect(await options.getByRole('tab', { name: /Films/ }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => options.locator('#panel-films').isVisible()).toBe(true);
    expect(await options.locator('#panel-reviews').isVisible()).toBe(false);
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('tab-films');
  });

  it('Films: one entry per film with its reviews, rating and passages', async () => {
    await options.getByRole('tab', { name: /Films/ }).click();
    const entries = options.locator('#panel-films .film-entry');
    await expect.poll(() => entries.count()).toBe(2);
    const herEntry = entries.filter({ hasText: 'Her (2013)' });
    expect(await herEntry.locator('summary').innerText()).toContain('Spike Jonze');
    expect(await herEntry.locator('summary').innerText()).toContain('4 / 5');
    await herEntry.locator('summary').click();
    await expect.poll(() => herEntry.locator('.page-line').count()).toBe(1);
    expect(await herEntry.locator('blockquote').count()).toBe(2);
  });

  it('People: directors and actors with their films and passages', async () => {
    await options.getByRole('tab', { name: /People/ }).click();
    const people = options.locator('#panel-people .person-entry');
    await expect.poll(() => people.count()).toBe(5);
    const varda = people.filter({ hasText: 'Agnès Varda' });
    expect(await varda.locator('summary').innerText()).toContain('director');
    const phoenix = people.filter({ hasText: 'Joaquin Phoenix' });
    await phoenix.locator('summary').click();
    await expect.poll(() => phoenix.locator('.person-films').innerText()).toContain('Her (2013) — as Theodore');
    expect(await phoenix.locator('blockquote').count()).toBe(2);
  });

  it('Highlights: every passage with its note and page; orphans marked and filterable', async () => {
    await options.getByRole('tab', { name: /Highlights/ }).click();
    const items = options.locator('#panel-highlights li.highlight');
    await expect.poll(() => items.count()).toBe(3);
    expect(await items.filter({ hasText: 'crème brûlée' }).innerText()).toContain('dessert scene');
    expect(await items.filter({ hasText: 'Samantha laughs' }).locator('.orphan-badge').count()).toBe(1);
    await options.locator('#panel-highlights summary', { hasText: 'Filters' }).click();
    await options.getByLabel('Orphaned highlights').check();
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.innerText()).toContain('Samantha laughs');
    await options.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => items.count()).toBe(3);
  });

  it('searches as the reader types, without case or accents', async () => {
    await options.getByRole('tab', { name: /Reviews/ }).click();
    const search = options.getByLabel('Search', { exact: true });
    await search.pressSequentially('eclair');
    await expect.poll(() => rows(options).count()).toBe(1);
    expect(await rows(options).innerText()).toContain('Éclair (1999)');
    expect(await options.locator('main').getAttribute('data-search-ms')).toMatch(/^\d+(\.\d+)?$/);
    await search.fill('AGNES');
    await expect.poll(() => rows(options).count()).toBe(1);
    await search.fill('creme brulee');
    await expect.poll(() => rows(options).count()).toBe(1);
    await options.getByRole('tab', { name: /Highlights/ }).click();
    await expect.poll(() => options.locator('#panel-highlights li.highlight').count()).toBe(1);
    await options.getByRole('tab', { name: /Reviews/ }).click();
    await search.fill('samantha');
    await expect.poll(() => rows(options).count()).toBe(1);
    await search.fill('romance');
    await expect.poll(() => rows(options).count()).toBe(1);
    await search.press('Escape');
    await expect.poll(() => rows(options).count()).toBe(3);
  });

  it('edits rating, tags, note and film title from the library; the edits are stored', async () => {
    const row = rows(options).filter({ hasText: 'Éclair (1999)' });
    await row.getByRole('button', { name: /^Edit/ }).click();
    const editor = options.locator('.editor');
    await editor.locator('label[title="4 stars"]').click();
    await editor.getByLabel('Tags').fill('french, favourite');
    await editor.getByLabel('Note', { exact: true }).fill('Seen twice.');
    await editor.getByLabel('Film title').fill('Éclair d’été');
    await expect.poll(() => editor.getByRole('status').innerText(), { timeout: 5000 }).toContain('Saved');
    await editor.getByRole('button', { name: 'Done' }).click();
    const lib = await send(options, { type: 'library/list' });
    const stored = lib.pages.find((p: { id: string }) => p.id === eclair.id);
    expect(stored.entry).toMatchObject({ rating: 4, tags: ['french', 'favourite'], note: 'Seen twice.' });
    expect(stored.correction.film.title).toBe('Éclair d’été');
    await expect.poll(() => rows(options).filter({ hasText: 'Éclair d’été (1999)' }).locator('.rating').innerText()).toBe('4 / 5');
  });

  it('deletes a page with a visible Undo that brings it back with its highlights', async () => {
    const before = await backupText(options);
    // By keyboard: Delete, then the Undo button has the focus.
    await rows(options).filter({ hasText: 'Her (2013)' }).getByRole('button', { name: /^Delete/ }).focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => rows(options).count()).toBe(2);
    const undo = options.getByRole('button', { name: 'Undo' });
    expect(await undo.isVisible()).toBe(true);
    expect(await options.locator('.undo-bar').innerText()).toContain('and its 2 highlights');
    expect((await send(options, { type: 'library/list' })).pages).toHaveLength(2);
    await expect.poll(() => options.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await options.keyboard.press('Enter');
    await expect.poll(() => rows(options).count()).toBe(3);
    expect(await options.locator('.undo-bar').isVisible()).toBe(false);
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('panel-reviews');
    expect(await backupText(options)).toBe(before);
  });

  it('deletes a highlight with Undo', async () => {
    const before = await backupText(options);
    await options.getByRole('tab', { name: /Highlights/ }).click();
    const items = options.locator('#panel-highlights li.highlight');
    await items.filter({ hasText: 'crème brûlée' }).getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => items.count()).toBe(2);
    expect((await send(options, { type: 'library/list' })).highlights).toHaveLength(2);
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => items.count()).toBe(3);
    expect(await backupText(options)).toBe(before);
    await options.getByRole('tab', { name: /Reviews/ }).click();
  });

  it('shows the storage used and whether it is persistent', async () => {
    await options.getByRole('tab', { name: /Export, import/ }).click();
    const storage = options.locator('.storage');
    await expect.poll(() => storage.count()).toBe(1);
    expect(await storage.innerText()).toMatch(/Used\s+[\d.]+ (B|KB|MB)/);
    expect(await storage.locator('[data-persisted]').getAttribute('data-persisted')).toMatch(/^(true|false|null)$/);
  });

  it('has no serious or critical accessibility violation, in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      for (const tab of ['Reviews', 'Highlights', 'Export, import']) {
        await options.getByRole('tab', { name: new RegExp(tab) }).click();
        const result = await new AxeBuilder({ page: options }).analyze();
        const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(bad.map((v) => `${scheme}/${tab}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    }
    await options.emulateMedia({ colorScheme: 'light' });
  });
});

describe('a library larger than one screen', () => {
  it('shows the most recent pages first, then the whole library for search and Show more', async () => {
    const l = await launch();
    try {
      const options = await openOptions(l);
      const pages = Array.from({ length: 250 }, (_, i) =>
        pageRecord(100 + i, `Post number ${i}`, film(i === 0 ? 'Élan vital' : `Film ${i}`, 2000, ['Ann Example'], []), { rating: 3 }),
      );
      const highlights = pages.slice(0, 20).map((p, i) => highlightRecord(`hl-${i}`, p, `Passage ${i}`));
      await send(options, { type: 'library/import', kind: 'backup', text: JSON.stringify({ ...BACKUP, pages, highlights }) });
      const first = await send(options, { type: 'library/slice', offset: 0, limit: 100 });
      expect(first.more).toBe(true);
      expect(first.pages.map((p: { postTitle: string }) => p.postTitle).slice(0, 2)).toEqual(['Post number 249', 'Post number 248']);
      expect(first.highlights).toEqual([]);
      const last = await send(options, { type: 'library/slice', offset: 200, limit: 100 });
      expect(last.pages).toHaveLength(50);
      expect(last.more).toBe(false);
      expect(last.highlights).toHaveLength(20);

      await options.reload();
      await options.waitForSelector('[data-ready="true"]');
      await expect.poll(() => rows(options).count()).toBe(100);
      await options.waitForSelector('[data-complete="true"]');
      expect(await rows(options).first().innerText()).toContain('Post number 249');
      expect(await options.locator('.show-more').innerText()).toContain('Showing 100 of 250 pages');
      await options.getByRole('button', { name: 'Show more' }).click();
      await expect.poll(() => rows(options).count()).toBe(250);
      await options.getByLabel('Search', { exact: true }).fill('elan');
      await expect.poll(() => rows(options).count()).toBe(1);
      expect(await rows(options).innerText()).toContain('Post number 0');
    } finally {
      await l.close();
    }
  });
});

describe('export and import through the options page', () => {
  it('exports a backup, imports it into a fresh profile, and nothing is lost', async () => {
    const a = await launch({ profile: newProfile() });
    let exported: string;
    let before: string;
    try {
      const options = await seeded(a);
      before = await backupText(options);
      await options.getByRole('tab', { name: /Export, import/ }).click();
      const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export Backup (JSON)' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^reel-notes-backup-\d{4}-\d{2}-\d{2}\.json$/);
      exported = readFileSync((await download.path())!, 'utf8');
      // The other formats download too.
      for (const name of ['Export Web Annotations (JSON-LD)', 'Export Markdown', 'Export Letterboxd CSV']) {
        const [d] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name }).click()]);
        expect(readFileSync((await d.path())!, 'utf8').length).toBeGreaterThan(10);
      }
    } finally {
      await a.close();
    }

    const b = await launch({ profile: newProfile() });
    try {
      const options = await openOptions(b);
      await options.getByRole('tab', { name: /Export, import/ }).click();
      await options.getByLabel('Kind of file').selectOption('backup');
      await options.getByLabel('File to import').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(exported!) });
      await options.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => options.locator('.import-result').innerText()).toContain('Imported 3 pages, 3 highlights');
      expect(await backupText(options)).toBe(before!);
      await options.getByRole('tab', { name: /Reviews/ }).click();
      await expect.poll(() => rows(options).count()).toBe(3);

      // The same file again changes nothing.
      await options.getByRole('tab', { name: /Export, import/ }).click();
      await options.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => options.locator('.import-result').innerText()).toContain('0 added, 0 updated, 6 unchanged');
      expect(await backupText(options)).toBe(before!);
    } finally {
      await b.close();
    }
  });

  it('refuses a malformed backup with the reason shown, and writes nothing', async () => {
    const l = await launch();
    try {
      const options = await seeded(l);
      const before = await backupText(options);
      // What the service worker logs: the browser lists its errors as the extension's errors (issue 15.14).
      const logged: { type: string; text: string }[] = [];
      l.worker.on('console', (m) => logged.push({ type: m.type(), text: m.text() }));
      await options.getByRole('tab', { name: /Export, import/ }).click();
      const broken = { ...BACKUP, pages: [{ ...her, entry: { ...her.entry, rating: 3.3 } }, { ...eclair, id: 'https://new.example/' }] };
      for (const [text, reason] of [
        [JSON.stringify(broken), /pages\[0\]\.entry\.rating: rating must be in half stars/],
        ['{"format": "reel-notes-backup", "version": 1, "pages": [', /not valid JSON — the file looks truncated/],
        ['{"format": "something-else"}', /not a Reel Notes backup/],
      ] as const) {
        await options.getByLabel('File to import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(text) });
        await options.getByRole('button', { name: 'Import', exact: true }).click();
        const alert = options.getByRole('alert');
        await expect.poll(() => alert.count()).toBe(1);
        expect(await alert.innerText()).toMatch(reason);
        expect(await alert.innerText()).toContain('Nothing was imported');
        expect(await backupText(options)).toBe(before);
      }
      // An expected refusal is a warning, never an extension error.
      expect(logged.filter((m) => m.type === 'error')).toEqual([]);
      expect(logged.filter((m) => m.type === 'warning' && m.text.includes('import refused')).length).toBeGreaterThanOrEqual(3);
    } finally {
      await l.close();
    }
  });

  it('imports a Hypothesis export: its annotations become pages, highlights and notes', async () => {
    const l = await launch();
    try {
      const options = await openOptions(l);
      await options.getByRole('tab', { name: /Export, import/ }).click();
      await options.getByLabel('Kind of file').selectOption('hypothesis');
      await options.getByLabel('File to import').setInputFiles('tests/fixtures/hypothesis/export.json');
      await options.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => options.locator('.import-result').innerText()).toMatch(/^Imported \d+ pages, \d+ highlights: \d+ added/);
      await options.getByRole('tab', { name: /Highlights/ }).click();
      const item = options.locator('#panel-highlights li.highlight', { hasText: 'The past is just a story we tell ourselves.' });
      await expect.poll(() => item.count()).toBe(1);
      expect(await item.innerText()).toContain('The thesis of the film, really.');
    } finally {
      await l.close();
    }
  });

  it('imports Letterboxd ratings and shows them in the Films view', async () => {
    const l = await launch();
    try {
      const options = await seeded(l);
      await options.getByRole('tab', { name: /Export, import/ }).click();
      await options.getByLabel('Kind of file').selectOption('letterboxd');
      const csv = 'Date,Name,Year,Letterboxd URI,Rating\r\n2024-01-02,Her,2013,https://boxd.it/abc,5\r\n2024-02-03,Amélie,2001,https://boxd.it/def,4.5\r\n';
      await options.getByLabel('File to import').setInputFiles({ name: 'ratings.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await options.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => options.locator('.import-result').innerText()).toContain('Imported 2 films: 2 added');
      await options.getByRole('tab', { name: /Films/ }).click();
      const entries = options.locator('#panel-films .film-entry');
      await expect.poll(() => entries.count()).toBe(3);
      const amelie = entries.filter({ hasText: 'Amélie (2001)' });
      expect(await amelie.locator('summary').innerText()).toContain('4.5 / 5');
      expect(await amelie.locator('summary').innerText()).toContain('Letterboxd');
      const herEntry = entries.filter({ hasText: 'Her (2013)' });
      await herEntry.locator('summary').click();
      await expect.poll(() => herEntry.locator('.letterboxd').innerText()).toContain('On Letterboxd: 5 / 5');
      // Search finds Letterboxd films too, without accents.
      await options.getByLabel('Search', { exact: true }).fill('amelie');
      await expect.poll(() => entries.count()).toBe(1);
      // Removing a rating can be undone.
      await options.getByLabel('Search', { exact: true }).fill('');
      await expect.poll(() => entries.count()).toBe(3);
      await herEntry.locator('summary').click();
      await herEntry.getByRole('button', { name: 'Remove Letterboxd film' }).click();
      await expect.poll(async () => (await send(options, { type: 'library/list' })).films.length).toBe(1);
      await options.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(async () => (await send(options, { type: 'library/list' })).films.length).toBe(2);
    } finally {
      await l.close();
    }
  });
});
