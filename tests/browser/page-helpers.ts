/**
 * What a reader does on a page, for the browser tests: select a passage, save it, see what is painted.
 *
 * The save control lives in a closed shadow root and acts only on trusted
 * events, so the tests do what the reader does: the selection is set by
 * script, then finished with a real key release (Shift, as after a keyboard
 * selection), and buttons are pressed with the real mouse at positions read
 * through the DevTools protocol, which (unlike the page) sees into closed roots.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Sets the selection to the first occurrence of `text` in the page, as script (no event). */
export async function setSelection(page: Page, text: string): Promise<void> {
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
      return true;
    }
    return false;
  })()`);
  expect(found, `"${text}" is on the page`).toBe(true);
}

/** Selects the first occurrence of `text`, as a reader selecting with Shift and the arrows would (a trusted Shift release ends it). */
export async function selectText(page: Page, text: string): Promise<void> {
  await setSelection(page, text);
  await page.keyboard.press('Shift');
}

interface CdpNode {
  nodeId: number;
  nodeName: string;
  localName?: string;
  nodeValue?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  attributes?: string[];
}

function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  if (node.localName === 'style') return;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

const textOf = (node: CdpNode): string => [...walk(node)].filter((n) => n.nodeName === '#text').map((n) => n.nodeValue ?? '').join('');

/** The control's DOM, read through the DevTools protocol (closed shadow roots included); null when there is none. */
async function controlTree(page: Page): Promise<{ host: CdpNode; send: (method: string, params: object) => Promise<any> } | null> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const host = [...walk(root)].find((n) => n.localName === 'reel-notes-ui');
  return host ? { host, send: (m, p) => cdp.send(m as any, p as any) } : null;
}

/** All text inside the in-page control (its buttons and status line), as the browser sees it. */
export async function controlText(page: Page): Promise<string> {
  const tree = await controlTree(page);
  return tree ? textOf(tree.host) : '';
}

/** Presses a button of the in-page control with the real mouse. */
export async function clickControl(page: Page, name: string): Promise<void> {
  const tree = await controlTree(page);
  if (!tree) throw new Error('The in-page control is not there');
  const button = [...walk(tree.host)].find((n) => n.localName === 'button' && textOf(n) === name);
  if (!button) throw new Error(`No "${name}" button in the in-page control`);
  await tree.send('DOM.scrollIntoViewIfNeeded', { nodeId: button.nodeId });
  const { model } = await tree.send('DOM.getBoxModel', { nodeId: button.nodeId });
  const [x1, y1, , , x3, y3] = model.content as number[];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** Selects `text` and saves it with the in-page "Save highlight" button. */
export async function saveWithButton(page: Page, text: string): Promise<void> {
  await selectText(page, text);
  await expect.poll(() => controlText(page)).toContain('Save highlight');
  // A new selection clears the last save's status, so "Highlight saved" below is this save's.
  expect(await controlText(page)).not.toContain('Highlight saved');
  await clickControl(page, 'Save highlight');
  await expect.poll(() => controlText(page)).toContain('Highlight saved');
}

/** The texts painted with the CSS Custom Highlight API (read from the page's registry). */
export function paintedTexts(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const out = [];
    for (const [name, hl] of CSS.highlights) if (name.startsWith('reel-notes-')) for (const r of hl) out.push(r.toString());
    return out.sort();
  })()`) as Promise<string[]>;
}

export interface Box { top: number; bottom: number; left: number; right: number }

/** Where the in-page toolbar is drawn, in viewport pixels (read over the DevTools protocol: the page cannot see it); null when hidden or absent. */
export async function controlBox(page: Page): Promise<Box | null> {
  const tree = await controlTree(page);
  const toolbar = tree && [...walk(tree.host)].find((n) => n.localName === 'div' && (n.attributes ?? []).join(' ').includes('role toolbar'));
  if (!tree || !toolbar) return null;
  const got = await tree.send('DOM.getBoxModel', { nodeId: toolbar.nodeId }).catch(() => null);
  if (!got) return null;
  const [x1, y1, , , x3, y3] = got.model.border as number[];
  return { left: x1, top: y1, right: x3, bottom: y3 };
}

/** The selection's box, and the line of text under it, in viewport pixels. */
export function selectionBoxes(page: Page): Promise<{ selection: Box; lineBelow: Box }> {
  return page.evaluate(`(() => {
    const r = getSelection().getRangeAt(0).getBoundingClientRect();
    const line = parseFloat(getComputedStyle(getSelection().anchorNode.parentElement).lineHeight) || 24;
    const box = (top, bottom) => ({ top, bottom, left: r.left, right: r.right });
    return { selection: box(r.top, r.bottom), lineBelow: box(r.bottom, r.bottom + line) };
  })()`) as Promise<{ selection: Box; lineBelow: Box }>;
}

export const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
