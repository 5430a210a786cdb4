/**
 * What the reader saved in Firefox is still there after a browser restart with
 * the same profile: the gecko id and the pinned moz-extension UUID keep the
 * extension's IndexedDB origin the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchFirefox, openOptions, openPopup, tabIdOf, waitForDetection, type LaunchedFirefox } from './firefox';
import { startServer, type PageServer } from '../browser/server';

const NOTE = 'Seen twice; better the second time.';

let server: PageServer;
const profile = mkdtempSync(join(tmpdir(), 'reel-notes-firefox-'));
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function visit(ff: LaunchedFirefox): Promise<number> {
  const page = await ff.browser.newPage();
  await page.goto(server.url('/demo/her-review.html'));
  const tabId = await tabIdOf(ff, server.url('/demo/her-review.html'));
  await waitForDetection(ff, tabId);
  return tabId;
}

describe('Firefox restart', () => {
  it('keeps a rating and a note across a restart with the same profile', async () => {
    let ff = await launchFirefox({ profile });
    try {
      const popup = await openPopup(ff, await visit(ff));
      await popup.click('label[title="4 stars"]');
      await popup.type('#note', NOTE);
      await expect.poll(() => popup.$eval('.save-status', (e) => e.textContent ?? ''), { timeout: 5000 }).toContain('Saved');
    } finally {
      await ff.close();
    }

    ff = await launchFirefox({ profile });
    try {
      const options = await openOptions(ff);
      await expect.poll(() => options.evaluate(() => document.querySelector('tr[data-page-id] .rating')?.textContent)).toBe('4 / 5');
      const popup = await openPopup(ff, await visit(ff));
      expect(await popup.$eval('#note', (e) => (e as HTMLTextAreaElement).value)).toBe(NOTE);
    } finally {
      await ff.close();
    }
  });
});
