/**
 * The one control Reel Notes puts in a page: a small toolbar next to the
 * reader's selection ("Save highlight", "Save with note") and a status line.
 *
 * The page is hostile, so:
 * - it lives in a *closed* shadow root: the page sees one opaque element and
 *   can neither read nor reach the buttons inside;
 * - it holds no ids and no note text (notes are typed in the side panel or
 *   the popup, extension pages no page can reach);
 * - it acts only on trusted events (a real click or key press of the reader,
 *   never one a script dispatched);
 * - it is created only when the reader first selects text, so a page that
 *   was merely visited sees nothing at all.
 */

export interface ControlActions {
  /** Save the passage the reader has selected now; `openPanel` for "Save with note". */
  save(openPanel: boolean): void;
}

const CSS = `
:host { all: initial; }
.panel { position: absolute; z-index: 2147483647; font: 13px/1.4 system-ui, sans-serif; color: #1d1d1f;
  background: #fff; border: 1px solid #c7c7cc; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 6px; max-width: 320px; }
.panel[hidden] { display: none; }
button { font: inherit; padding: 4px 8px; border-radius: 6px; border: 1px solid #8e8e93; background: #f2f2f7; color: inherit; cursor: pointer; }
button.primary { background: #b3213b; border-color: #b3213b; color: #fff; }
button:focus-visible { outline: 2px solid #0a84ff; outline-offset: 2px; }
.row { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.status { position: fixed; right: 16px; bottom: 16px; }
.status:empty { display: none; }
.error { color: #c5162e; }
@media (prefers-color-scheme: dark) {
  .panel { background: #1c1c1e; color: #f2f2f7; border-color: #48484a; }
  button { background: #2c2c2e; border-color: #636366; }
  .error { color: #ff6961; }
}`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(doc.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The toolbar's parts, kept only in the content script's world (the shadow root is closed). */
interface Parts {
  host: HTMLElement;
  root: ShadowRoot;
  toolbar: HTMLDivElement;
  first: HTMLButtonElement;
  last: HTMLButtonElement;
  status: HTMLDivElement;
}

export class SaveControl {
  private parts: Parts | null = null;
  /** Where the reader's focus was before Tab brought it into the toolbar: it goes back there when the toolbar closes. */
  private returnFocus: HTMLElement | null = null;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private doc: Document, private actions: ControlActions) {}

  /** Built on first use: before the reader selects something, the page's DOM holds nothing of Reel Notes. */
  private build(): Parts {
    if (this.parts?.host.isConnected) return this.parts;
    const doc = this.doc;
    const host = doc.createElement('reel-notes-ui');
    const root = host.attachShadow({ mode: 'closed' });
    const toolbar = el(doc, 'div', { className: 'panel row', hidden: true });
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', 'Reel Notes');
    const save = el(doc, 'button', { type: 'button', className: 'primary', textContent: 'Save highlight' });
    const saveNote = el(doc, 'button', { type: 'button', textContent: 'Save with note' });
    for (const [button, openPanel] of [[save, false], [saveNote, true]] as const) {
      // Keep the page's selection alive while the reader clicks.
      button.addEventListener('mousedown', (e) => e.preventDefault());
      button.addEventListener('click', (e) => {
        // A click a script dispatched (or forwarded) is not the reader's.
        if (!e.isTrusted) return;
        this.actions.save(openPanel);
      });
    }
    toolbar.append(save, saveNote);
    // The toolbar is a stop on the way, not a trap: Escape, or Tab past either end, closes it and gives the
    // focus back to where the reader was in the page.
    toolbar.addEventListener('keydown', (e) => {
      if (!e.isTrusted) return;
      const leaving = e.key === 'Tab' && (e.shiftKey ? root.activeElement === save : root.activeElement === saveNote);
      if (e.key !== 'Escape' && !leaving) return;
      e.preventDefault();
      this.hide();
    });
    const status = el(doc, 'div', { className: 'status' });
    status.setAttribute('role', 'status');
    root.append(el(doc, 'style', { textContent: CSS }), toolbar, status);
    doc.documentElement.append(host);
    this.parts = { host, root, toolbar, first: save, last: saveNote, status };
    return this.parts;
  }

  /** Whether an event reached the page through the control (its target is retargeted to the host). */
  isOwn(target: EventTarget | null): boolean {
    return this.parts !== null && target === this.parts.host;
  }

  /** Whether a node is part of the control (a selection inside it is not a passage of the page). */
  holds(node: Node): boolean {
    return this.parts !== null && (node === this.parts.host || this.parts.host.contains(node));
  }

  /**
   * Shows the toolbar just above the selection, so that the line the reader reads next (the one under the
   * selection) stays visible; below it only when the viewport has no room above.
   */
  showToolbar(rect: DOMRect): void {
    const { toolbar, status } = this.build();
    const win = this.doc.defaultView!;
    // A new selection is a new action: the last one's "Highlight saved" would read as this one's.
    clearTimeout(this.statusTimer);
    status.textContent = '';
    toolbar.hidden = false;
    const height = toolbar.getBoundingClientRect().height || 34;
    const gap = 6;
    const above = rect.top - gap - height >= 0;
    toolbar.style.left = `${Math.max(4, rect.left + win.scrollX)}px`;
    toolbar.style.top = `${(above ? rect.top - gap - height : rect.bottom + gap) + win.scrollY}px`;
  }

  get visible(): boolean {
    return this.parts !== null && !this.parts.toolbar.hidden;
  }

  /**
   * Tab after a selection: the first stop is "Save highlight", not the page's next link (reaching the
   * toolbar at the end of the document took as many presses as the page has links).
   */
  focusToolbar(from: Element | null): void {
    if (!this.parts || this.parts.toolbar.hidden) return;
    this.returnFocus = from instanceof HTMLElement && from !== this.doc.body ? from : null;
    this.parts.first.focus({ preventScroll: true });
  }

  /** Whether the keyboard focus is on one of the toolbar's buttons. */
  hasFocus(): boolean {
    return this.parts !== null && this.parts.root.activeElement !== null;
  }

  hide(): void {
    if (!this.parts) return;
    const focused = this.hasFocus();
    this.parts.toolbar.hidden = true;
    if (focused) {
      (this.parts.root.activeElement as HTMLElement | null)?.blur();
      this.returnFocus?.focus({ preventScroll: true });
    }
    this.returnFocus = null;
  }

  /** A short status line ("Highlight saved"); never the reader's words. */
  say(text: string, error = false): void {
    const { status } = this.build();
    status.textContent = text;
    status.className = error ? 'status panel error' : 'status panel';
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => {
      status.textContent = '';
    }, error ? 8000 : 2500);
  }

  destroy(): void {
    this.parts?.host.remove();
    this.parts = null;
  }
}
