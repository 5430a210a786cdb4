/**
 * Issue 16 through the options page, one round trip per format: a file goes
 * in through the Import panel (with its preview), comes out through the
 * Export button as a download, goes into a fresh profile the same way and
 * comes out again identical (apart from the export date).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { launch, newProfile, openOptions } from './chromium';
import { genLetterboxdExport } from '../support/letterboxd-export-gen';

/** Imports a file through the panel: the preview first, then the import; returns both texts. */
async function importThrough(options: Page, kind: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<{ preview: string; result: string }> {
  await options.getByRole('tab', { name: /Export, import/ }).click();
  await options.getByLabel('Kind of file').selectOption(kind);
  await options.getByLabel('File to import').setInputFiles(file);
  const preview = options.locator('.import-preview');
  await expect.poll(() => preview.count()).toBe(1);
  const previewText = await preview.innerText();
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  const result = options.locator('.import-result');
  await expect.poll(() => result.count()).toBe(1);
  return { preview: previewText, result: await result.innerText() };
}

/** Clicks an Export button and reads the file it downloads. */
async function exportThrough(options: Page, format: string): Promise<string> {
  await options.getByRole('tab', { name: /Export, import/ }).click();
  const [download] = await Promise.all([options.waitForEvent('download'), options.locator(`button[data-format="${format}"]`).click()]);
  return readFileSync((await download.path())!, 'utf8');
}

/** Import in a fresh profile, export, twice over: the two exports. */
async function twoRounds(kind: string, file: { name: string; mimeType: string; buffer: Buffer }, format: string, again: { name: string; mimeType: string }) {
  const outs: string[] = [];
  const previews: string[] = [];
  let next = file;
  for (let round = 0; round < 2; round++) {
    const l = await launch({ profile: newProfile() });
    try {
      const options = await openOptions(l);
      const { preview, result } = await importThrough(options, round === 0 ? kind : again.name.endsWith('.csv') ? 'letterboxd' : 'web-annotation', next);
      previews.push(preview);
      expect(result).toMatch(/^Imported /);
      outs.push(await exportThrough(options, format));
      next = { ...again, buffer: Buffer.from(outs[round]) };
    } finally {
      await l.close();
    }
  }
  return { outs, previews };
}

describe('formats through the options page, and back', () => {
  it('Letterboxd export ZIP → Letterboxd CSV → fresh profile → the same CSV', async () => {
    const { files, films } = genLetterboxdExport(16, 10);
    const zip = Buffer.from(zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.text)]))));
    const { outs, previews } = await twoRounds('letterboxd', { name: 'letterboxd-reader-2026-12-02.zip', mimeType: 'application/zip', buffer: zip }, 'letterboxd', { name: 'reel-notes-letterboxd.csv', mimeType: 'text/csv' });
    // The preview says what would be added and what is skipped, before anything is written.
    expect(previews[0]).toContain(`would add ${films.length}`);
    expect(previews[0]).toMatch(/deleted\/diary\.csv \(1, entries the reader deleted/);
    expect(outs[0].split('\r\n')[0]).toBe('LetterboxdURI,imdbID,tmdbID,Title,Year,Directors,Rating,Rating10,WatchedDate,Rewatch,Tags,Review');
    const watches = films.reduce((n, f) => n + f.watches.length, 0);
    expect(outs[0]).toContain('https://boxd.it/');
    expect(outs[0].split('\r\n').filter((l) => /^https:\/\/boxd\.it\/\w+,,,/.test(l)).length).toBeGreaterThanOrEqual(watches);
    expect(outs[1]).toBe(outs[0]);
  }, 240_000);

  it('Hypothesis API results → W3C Web Annotations → fresh profile → the same W3C file', async () => {
    const data = JSON.parse(readFileSync('tests/fixtures/hypothesis/export.json', 'utf8'));
    const api = { total: data.annotations.length, rows: data.annotations };
    const { outs, previews } = await twoRounds('hypothesis', { name: 'hypothesis-search.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(api)) }, 'web-annotation', { name: 'reel-notes-annotations.jsonld', mimeType: 'application/ld+json' });
    expect(previews[0]).toMatch(/annotations \(1, replies/);
    const items = JSON.parse(outs[0]).first.items as any[];
    // Page notes, passage tags and the RangeSelector travel.
    expect(items.some((i) => !i.target.selector && i.body?.some((b: any) => b.purpose === 'commenting'))).toBe(true);
    expect(items.some((i) => i.body?.some((b: any) => b.purpose === 'tagging' && b.value === 'voice acting'))).toBe(true);
    expect(items.some((i) => i.target.selector?.some((s: any) => s.type === 'RangeSelector'))).toBe(true);
    expect(outs[1]).toBe(outs[0]);
  }, 240_000);
});
