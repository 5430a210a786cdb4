/**
 * The thin slice of issue 2, in Debian's Chromium with the built extension:
 * detection and badge on the demo review, the popup's rating and note
 * surviving a reopen and a browser restart, and the options page listing them.
 */
import { describe, expect, it } from 'vitest';
import { badgeText, launch, newProfile, openOptions, openPopup, tabIdOf, waitForDetection, type Launched } from './chromium';
import { useServer } from './server';

const server = useServer();

describe('the demo review in Chromium', () => {
  const profile = newProfile();

  it('detects the film, shows the badge, and keeps a rating and a note across a restart', async () => {
    let l = await launch({ profile });
    try {
      // First run (issue 15.1): installing opens the welcome page, with the three steps, the demo review,
      // the shortcut as the browser has it, pinning the button and the privacy promise.
      const welcomeUrl = `chrome-extension://${l.id}/src/welcome/index.html`;
      await expect.poll(() => l.context.pages().filter((p) => p.url() === welcomeUrl).length, { timeout: 10_000 }).toBe(1);
      const welcome = l.context.pages().find((p) => p.url() === welcomeUrl)!;
      await welcome.waitForSelector('[data-ready="true"]');
      expect(await welcome.getByRole('heading', { level: 1 }).innerText()).toBe('Welcome to Reel Notes');
      expect(await welcome.getByRole('list', { name: 'How it works' }).getByRole('listitem').count()).toBe(3);
      expect(await welcome.locator('#shortcut').innerText()).toBe('Save the selected passage from the keyboard with Alt+Shift+H.');
      expect(await welcome.getByRole('link', { name: /demo review of Her/ }).getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/demo\/her-review\.html$/);
      for (const heading of ['Try it', 'Pin the toolbar button', 'Your notes stay yours']) expect(await welcome.getByRole('heading', { name: heading }).count(), heading).toBe(1);
      expect(await welcome.getByText(/makes no network call/).count()).toBe(1);
      await welcome.close();

      const page = await l.context.newPage();
      await page.goto(server.url('/demo/her-review.html'));
      const tabId = await tabIdOf(l, page);
      const detection = await waitForDetection(l, tabId);
      expect(detection.isReview).toBe(true);
      expect(detection.film.title).toBe('Her');
      expect(detection.film.directors).toEqual(['Spike Jonze']);
      expect(detection.film.cast.map((c: { name: string }) => c.name)).toEqual(
        expect.arrayContaining(['Joaquin Phoenix', 'Scarlett Johansson', 'Amy Adams']),
      );
      expect(await badgeText(l, tabId)).toBe('★');

      const popup = await openPopup(l, tabId);
      await expect.poll(() => popup.locator('#film-heading').innerText()).toContain('Her');
      await expect.poll(() => popup.getByText('Directed by Spike Jonze').count()).toBe(1);
      // Half stars, chosen with the keyboard as a radio group: 3 stars, then one step right = 3.5.
      await popup.locator('label[title="3 stars"]').click();
      await popup.keyboard.press('ArrowRight');
      await expect.poll(() => popup.getByRole('radio', { name: '3.5 stars' }).isChecked()).toBe(true);
      await popup.getByLabel('Note', { exact: true }).fill('Phoenix carries it. The letters scenes!');
      await expect.poll(() => popup.getByRole('status').first().innerText(), { timeout: 5000 }).toContain('Saved');
      await popup.close();

      const again = await openPopup(l, tabId);
      expect(await again.getByRole('radio', { name: '3.5 stars' }).isChecked()).toBe(true);
      expect(await again.getByLabel('Note', { exact: true }).inputValue()).toBe('Phoenix carries it. The letters scenes!');
    } finally {
      await l.close();
    }

    // A browser restart with the same profile: the record is still there (and no welcome page: it is not a first run).
    l = await launch({ profile });
    try {
      await new Promise((r) => setTimeout(r, 500));
      expect(l.context.pages().filter((p) => p.url().includes('/src/welcome/')).length).toBe(0);
      const page = await l.context.newPage();
      await page.goto(server.url('/demo/her-review.html'));
      const tabId = await tabIdOf(l, page);
      await waitForDetection(l, tabId);
      const popup = await openPopup(l, tabId);
      expect(await popup.getByRole('radio', { name: '3.5 stars' }).isChecked()).toBe(true);
      expect(await popup.getByLabel('Note', { exact: true }).inputValue()).toBe('Phoenix carries it. The letters scenes!');

      const options = await openOptions(l);
      const row = options.locator('tr', { hasText: 'Her' });
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.locator('.rating').innerText()).toBe('3.5 / 5');
      expect(await row.locator('.note').innerText()).toContain('Phoenix carries it');
    } finally {
      await l.close();
    }
  });

  // Issue 11: an article-shaped page gets the full look at idle time; it finds no review, so no badge.
  it('leaves a page that is not a review alone: no badge', async () => {
    const l = await launch();
    try {
      const page = await l.context.newPage();
      await page.goto(server.url('/not-a-review.html'));
      await page.waitForTimeout(800);
      const tabId = await tabIdOf(l, page);
      expect(await badgeText(l, tabId)).toBe('');
      const popup = await openPopup(l, tabId);
      expect(await popup.locator('#film-heading').innerText()).toBe('Not a film review');
      expect(await badgeText(l, tabId)).toBe('');
    } finally {
      await l.close();
    }
  });
});
