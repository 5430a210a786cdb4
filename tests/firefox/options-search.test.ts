/**
 * The library's search in Firefox (issue 15): a misspelled name finds the
 * review that spells it otherwise, the word is marked and the reason given,
 * and the People view lists only the people who matched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, openOptions, type LaunchedFirefox } from './firefox';
import { READER_BACKUP } from '../support/reader-library';

declare const browser: any;

let ff: LaunchedFirefox;
let options: Page;
beforeAll(async () => {
  ff = await launchFirefox();
  const result = await ff.control!.evaluate(
    (text: string) => browser.runtime.sendMessage({ type: 'library/import', kind: 'backup', text }),
    JSON.stringify(READER_BACKUP),
  );
  if (!result?.ok) throw new Error(`import refused: ${result?.error}`);
  options = await openOptions(ff);
  await options.waitForSelector('[data-complete="true"]');
});
afterAll(async () => {
  await ff?.close();
});

const texts = (sel: string) => options.$$eval(sel, (els) => els.map((e) => (e as HTMLElement).innerText));

async function typeSearch(q: string) {
  await options.click('#library-search', { count: 3 });
  await options.keyboard.press('Backspace');
  await options.type('#library-search', q);
}

describe('library search in Firefox', () => {
  it('"johansson" finds "Johanssen", marked, with the reason; People lists only the Scarletts', async () => {
    await typeSearch('johansson');
    await expect.poll(() => texts('#panel-reviews tbody tr .film')).toEqual(expect.arrayContaining(['Her (2013)', 'Lost in Translation (2003)']));
    expect((await texts('#panel-reviews tbody tr .film')).length).toBe(2);
    expect((await texts('#panel-reviews .why')).join('\n')).toContain('cast: Scarlett Johanssen');
    await options.click('#tab-people');
    await expect.poll(() => texts('#panel-people .person-name')).toEqual(expect.arrayContaining(['Scarlett Johanssen', 'Scarlett Johansson']));
    expect((await texts('#panel-people .person-name')).length).toBe(2);
    expect(await texts('#panel-people .person-name mark')).toEqual(expect.arrayContaining(['Johanssen', 'Johansson']));
  });

  it('"teodore" finds Theodore and no passage without the word', async () => {
    await options.click('#tab-reviews');
    await typeSearch('teodore');
    await expect.poll(() => texts('#panel-reviews tbody tr .film')).toEqual(['Her (2013)']);
    expect((await texts('#panel-reviews .why')).join('\n')).toContain('character: Theodore (Joaquin Phoenix)');
    await options.click('#tab-highlights');
    await expect.poll(() => texts('#panel-highlights')).toEqual([expect.stringContaining('No highlight matches.')]);
  });
});
