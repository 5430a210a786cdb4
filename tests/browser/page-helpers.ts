/** What a reader does on a page, for the browser tests: select a passage, save it, see what is painted. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Selects the first occurrence of `text` in the page, as a reader dragging over it would. */
export async function selectText(page: Page, text: string): Promise<void> {
  const found = await page.evaluate(`(() => {
    const text = ${JSON.stringify(text)};
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + text.length);
      const sel = getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      const r = range.getBoundingClientRect();
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: r.right, clientY: r.bottom }));
      return true;
    }
    return false;
  })()`);
  expect(found, `"${text}" is on the page`).toBe(true);
}

/** Selects `text` and saves it with the in-page "Save highlight" button. */
export async function saveWithButton(page: Page, text: string): Promise<void> {
  await selectText(page, text);
  await page.locator('reel-notes-ui').getByRole('button', { name: 'Save highlight' }).click();
  await expect.poll(() => page.locator('reel-notes-ui').getByRole('status').innerText()).toContain('Highlight saved');
}

/** The texts painted with the CSS Custom Highlight API (read from the page's registry). */
export function paintedTexts(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const out = [];
    for (const [name, hl] of CSS.highlights) if (name.startsWith('reel-notes-')) for (const r of hl) out.push(r.toString());
    return out.sort();
  })()`) as Promise<string[]>;
}
