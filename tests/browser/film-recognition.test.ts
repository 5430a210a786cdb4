/**
 * Issue 11 in Chromium: a review with no review markup at all (the seed's text as a bare WordPress post) is
 * recognised without a click, completed from the film index (year, usual spellings, Wikipedia); a page the
 * quick check passes over is examined when the reader opens the popup; and a correction teaches the site.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badgeText, openPopup, tabDetection, tabIdOf, useExtension, waitForDetection, type Launched } from './chromium';
import { useServer } from './server';

const server = useServer();
const l = useExtension();

const tooltip = (x: Launched, tabId: number) => x.worker.evaluate((t) => (globalThis as any).chrome.action.getTitle({ tabId: t }), tabId);

// The seed's paragraphs without any post markup: no <article>, no generator, no classes, no review words in the title.
const seedParagraphs = readFileSync('tests/fixtures/pages/wp-bare-her.html', 'utf8').match(/<p>This Spike[\s\S]*?plaintively\.<\/p>/)![0];
const plain = (title: string) => `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>${title}</h1>${seedParagraphs}</body></html>`;

describe('recognising reviews nobody here wrote', () => {
  it('a bare WordPress post of the seed gets the badge with no click, completed from the film index', async () => {
    const page = await l.context.newPage();
    await page.goto(server.url('/wp-bare-her.html'));
    const tabId = await tabIdOf(l, page);
    const d = await waitForDetection(l, tabId, 20_000);
    expect(d.isReview).toBe(true);
    expect(d.film).toMatchObject({ title: 'Her', year: 2013, directors: ['Spike Jonze'], wikipedia: 'Her_(film)' });
    expect(d.film.cast).toContainEqual(expect.objectContaining({ name: 'Joaquin Phoenix', character: 'Theodore Twombly' }));
    // The index's Her lists her nowhere (a voice role), but it knows her from her other films: her usual
    // spelling is given and the page's own stays beside it.
    expect(d.film.cast).toContainEqual({ name: 'Scarlett Johansson', pageSpelling: 'Scarlett Johanssen', character: 'Samantha', voice: true });
    await expect.poll(() => badgeText(l, tabId)).toBe('★');
    expect(await tooltip(l, tabId)).toMatch(/^Reel Notes: review of Her \(2013\)/);
    await page.close();
  });

  it('opening the popup on a page the quick check passed over runs the full extraction there and then', async () => {
    server.setPage('/plain/her.html', plain('Her'));
    const page = await l.context.newPage();
    await page.goto(server.url('/plain/her.html'));
    const tabId = await tabIdOf(l, page);
    // Nothing looked at the page: no article shape, no review signs.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await tabDetection(l, tabId)).toBeNull();
    const popup = await openPopup(l, tabId);
    // The seed however dressed: with no post shape and no review words, its prose and the index's link to the
    // film (title and people together) make it a review once the full extraction has run.
    await expect.poll(() => popup.locator('#film-heading').innerText(), { timeout: 10_000 }).toBe('Her (2013)');
    expect(await popup.getByText('Directed by Spike Jonze').isVisible()).toBe(true);
    expect((await tabDetection(l, tabId))?.film).toMatchObject({ title: 'Her', year: 2013, directors: ['Spike Jonze'] });
    // Correcting it starts from the best guess: the form is filled in and the indexed film is offered.
    await popup.getByRole('button', { name: 'Edit film' }).click();
    expect(await popup.getByLabel('Title').inputValue()).toBe('Her');
    expect(await popup.getByLabel('Year').inputValue()).toBe('2013');
    expect(await popup.getByLabel('Directors').inputValue()).toBe('Spike Jonze');
    await expect.poll(() => popup.getByRole('button', { name: 'Her (2013), Spike Jonze' }).count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('"This is a review of…" opens with the best guess, and the correction teaches the site', async () => {
    // A page the model does not call a review on its own (no people of an indexed film, little prose).
    const thin = (t: string) => `<!DOCTYPE html><html><head><title>${t}</title></head><body><article><h1>${t}</h1><p>Saw ${t} last night at the Rio. The film is quiet and strange and I keep thinking about it.</p></article></body></html>`;
    server.setPage('/notes/2024/quiet-one/', thin('The Quiet One'));
    server.setPage('/notes/2024/small-hours/', thin('Small Hours'));
    const page = await l.context.newPage();
    await page.goto(server.url('/notes/2024/quiet-one/'));
    const tabId = await tabIdOf(l, page);
    const first = await waitForDetection(l, tabId, 20_000);
    expect(first.isReview).toBe(false);
    const popup = await openPopup(l, tabId);
    await popup.getByRole('button', { name: 'This is a review of…' }).click();
    expect(await popup.getByLabel('Title').inputValue()).toBe('The Quiet One');
    await popup.getByRole('button', { name: 'Save film' }).click();
    await expect.poll(() => badgeText(l, tabId)).toBe('★');
    await popup.close();

    await page.goto(server.url('/notes/2024/small-hours/'));
    const next = await waitForDetection(l, tabId, 20_000);
    await expect.poll(async () => (await tabDetection(l, tabId))?.film.title).toBe('Small Hours');
    expect((await tabDetection(l, tabId)).isReview).toBe(true);
    expect(next).not.toBeNull();
    await expect.poll(() => badgeText(l, tabId)).toBe('★');
    await page.close();
  });
});
