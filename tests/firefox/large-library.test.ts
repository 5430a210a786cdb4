/**
 * Issue 12's paths in Firefox: a backup sent in chunks (begin, chunks,
 * commit) and exported by the library page from its own read-only reads of
 * the database, as the very file imported; the health line counts it.
 * (The large sizes run in Chromium: tests/browser/large-library.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, openOptions, type LaunchedFirefox } from './firefox';
import { generateLibrary } from '../support/large-library';
import { genFilms } from '../support/films-gen';
import { makeBackup } from '../../src/shared/formats/backup';
import { LIMITS } from '../../src/shared/records/limits';

declare const browser: any;

const lib = { ...generateLibrary(200, 1_000, 21), films: genFilms(21, 10) };
const SOURCE = JSON.stringify(makeBackup(lib, '2026-01-01T00:00:00.000Z'), null, 2);
const withoutDate = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');

let ff: LaunchedFirefox;
let options: Page;
beforeAll(async () => {
  ff = await launchFirefox();
  options = await openOptions(ff);
});
afterAll(async () => {
  await ff?.close();
});

describe('a library in chunks, in Firefox', () => {
  it('imports a backup sent in chunks and exports the same file from the page’s own reads', async () => {
    const result = await options.evaluate(
      async (text: string, size: number) => {
        const begun = await browser.runtime.sendMessage({ type: 'library/import-begin', kind: 'backup', name: 'backup.json' });
        if (!begun.ok) return begun;
        for (let at = 0; at < text.length; at += size) {
          const sent = await browser.runtime.sendMessage({ type: 'library/import-chunk', session: begun.data.session, text: text.slice(at, at + size) });
          if (!sent.ok) return sent;
        }
        return browser.runtime.sendMessage({ type: 'library/import-commit', session: begun.data.session });
      },
      SOURCE,
      LIMITS.importChunk,
    );
    expect(SOURCE.length).toBeGreaterThan(LIMITS.importChunk * 4);
    expect(result).toMatchObject({ ok: true, data: { pages: 200, highlights: 1_000, added: 1_200 + lib.films.length } });
    const exported = (await options.evaluate(`globalThis.__reelExport('backup')`)) as string;
    expect(withoutDate(exported)).toBe(withoutDate(SOURCE));
  }, 120_000);

  it('shows the library and its health line', async () => {
    const page = await openOptions(ff);
    await page.waitForSelector('[data-complete="true"]');
    expect(await page.$eval('main', (m) => (m as HTMLElement).innerText)).toContain('200 pages, 1,000 highlights');
    await page.click('#tab-data');
    await page.waitForSelector('.library-health');
    expect(await page.$eval('.library-health', (e) => (e as HTMLElement).innerText)).toMatch(/200 saved pages, 1,000 highlights, \d+ Letterboxd films; .* on disk; no backup exported yet/);
  }, 120_000);
});
