/**
 * The in-page control: a small toolbar next to a selection ("Save highlight",
 * "Save with note") and a card for a painted highlight (its note, edit, delete).
 * It lives in an open shadow root so the page's CSS cannot reach it and its
 * CSS cannot reach the page; every string from the page or the reader is set
 * as text, never as markup.
 */

export interface ControlActions {
  save(withNote: string | null): void;
  editNote(id: string, note: string): void;
  remove(id: string): void;
}

const CSS = `
:host { all: initial; }
.panel { position: absolute; z-index: 2147483647; font: 13px/1.4 system-ui, sans-serif; color: #1d1d1f;
  background: #fff; border: 1px solid #c7c7cc; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 6px; max-width: 320px; }
.panel[hidden] { display: none; }
button { font: inherit; padding: 4px 8px; border-radius: 6px; border: 1px solid #8e8e93; background: #f2f2f7; color: inherit; cursor: pointer; }
button.primary { background: #b3213b; border-color: #b3213b; color: #fff; }
button:focus-visible, textarea:focus-visible { outline: 2px solid #0a84ff; outline-offset: 2px; }
.row { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
textarea { display: block; width: 290px; min-height: 64px; font: inherit; margin: 4px 0 6px; color: inherit; background: inherit; border: 1px solid #8e8e93; border-radius: 6px; }
.note { white-space: pre-wrap; margin: 2px 2px 6px; max-height: 160px; overflow: auto; }
.muted { color: #6e6e73; font-style: italic; }
.status { margin-top: 4px; }
.status:empty { display: none; }
.error { color: #c5162e; }
@media (prefers-color-scheme: dark) {
  .panel { background: #1c1c1e; color: #f2f2f7; border-color: #48484a; }
  button { background: #2c2c2e; border-color: #636366; }
  .muted { color: #aeaeb2; }
  .error { color: #ff6961; }
}`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(doc.createElement(tag), props);
  node.append(...children);
  return node;
}

export class InPageControl {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  private toolbar: HTMLDivElement;
  private editor: HTMLFormElement;
  private textarea: HTMLTextAreaElement;
  private card: HTMLDivElement;
  private status: HTMLDivElement;
  private editing: { mode: 'new' } | { mode: 'edit'; id: string } | null = null;

  constructor(private doc: Document, private actions: ControlActions) {
    this.host = doc.createElement('reel-notes-ui');
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = el(doc, 'style', { textContent: CSS });

    this.toolbar = el(doc, 'div', { className: 'panel row', hidden: true });
    this.toolbar.setAttribute('role', 'toolbar');
    this.toolbar.setAttribute('aria-label', 'Reel Notes');
    const save = el(doc, 'button', { type: 'button', className: 'primary', textContent: 'Save highlight' });
    const saveNote = el(doc, 'button', { type: 'button', textContent: 'Save with note' });
    // Keep the page's selection alive while the reader clicks our buttons.
    for (const b of [save, saveNote]) b.addEventListener('mousedown', (e) => e.preventDefault());
    save.addEventListener('click', () => this.actions.save(null));
    saveNote.addEventListener('click', () => this.openEditor({ mode: 'new' }, ''));
    this.toolbar.append(save, saveNote);

    this.textarea = el(doc, 'textarea', {});
    this.textarea.setAttribute('aria-label', 'Note');
    this.editor = el(doc, 'form', { className: 'panel', hidden: true },
      el(doc, 'label', { textContent: 'Note' }),
      this.textarea,
      el(doc, 'div', { className: 'row' },
        el(doc, 'button', { type: 'submit', className: 'primary', textContent: 'Save note' }),
        el(doc, 'button', { type: 'button', textContent: 'Cancel', onclick: () => this.hideAll() }),
      ),
    );
    (this.editor.querySelector('label') as HTMLLabelElement).htmlFor = 'reel-notes-note';
    this.textarea.id = 'reel-notes-note';
    this.editor.addEventListener('submit', (e) => {
      e.preventDefault();
      const state = this.editing;
      if (!state) return;
      if (state.mode === 'new') this.actions.save(this.textarea.value);
      else this.actions.editNote(state.id, this.textarea.value);
    });
    this.editor.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.hideAll();
    });

    this.card = el(doc, 'div', { className: 'panel', hidden: true });
    this.card.setAttribute('role', 'dialog');
    this.card.setAttribute('aria-label', 'Highlight');
    this.card.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.hideAll();
    });

    this.status = el(doc, 'div', { className: 'status' });
    this.status.setAttribute('role', 'status');
    this.root.append(style, this.toolbar, this.editor, this.card, this.status);
    doc.documentElement.append(this.host);
  }

  private place(panel: HTMLElement, rect: DOMRect): void {
    const win = this.doc.defaultView!;
    panel.style.left = `${Math.max(4, rect.left + win.scrollX)}px`;
    panel.style.top = `${rect.bottom + win.scrollY + 6}px`;
  }

  showToolbar(rect: DOMRect): void {
    this.card.hidden = true;
    this.editor.hidden = true;
    this.place(this.toolbar, rect);
    this.toolbar.hidden = false;
  }

  openEditor(state: NonNullable<InPageControl['editing']>, text: string, rect?: DOMRect): void {
    this.editing = state;
    if (rect) this.place(this.editor, rect);
    else {
      this.editor.style.left = this.toolbar.style.left || this.card.style.left;
      this.editor.style.top = this.toolbar.style.top || this.card.style.top;
    }
    this.toolbar.hidden = true;
    this.card.hidden = true;
    this.editor.hidden = false;
    this.textarea.value = text;
    this.textarea.focus();
  }

  showCard(id: string, note: string, rect: DOMRect, focus: boolean): void {
    this.toolbar.hidden = true;
    this.editor.hidden = true;
    this.card.replaceChildren(
      note ? el(this.doc, 'p', { className: 'note', textContent: note }) : el(this.doc, 'p', { className: 'note muted', textContent: 'No note' }),
      el(this.doc, 'div', { className: 'row' },
        el(this.doc, 'button', { type: 'button', textContent: note ? 'Edit note' : 'Add note', onclick: () => this.openEditor({ mode: 'edit', id }, note) }),
        el(this.doc, 'button', { type: 'button', textContent: 'Delete highlight', onclick: () => this.actions.remove(id) }),
        el(this.doc, 'button', { type: 'button', textContent: 'Close', onclick: () => this.hideAll() }),
      ),
    );
    this.card.dataset.highlightId = id;
    this.place(this.card, rect);
    this.card.hidden = false;
    if (focus) (this.card.querySelector('button') as HTMLButtonElement).focus();
  }

  say(text: string, error = false): void {
    this.status.textContent = text;
    this.status.className = error ? 'status panel error' : 'status panel';
    this.status.style.position = 'fixed';
    this.status.style.right = '16px';
    this.status.style.bottom = '16px';
    const shown = text;
    setTimeout(() => {
      if (this.status.textContent === shown) this.status.textContent = '';
    }, error ? 8000 : 2500);
  }

  hideAll(): void {
    this.editing = null;
    this.toolbar.hidden = true;
    this.editor.hidden = true;
    this.card.hidden = true;
  }

  isBusy(): boolean {
    return !this.editor.hidden;
  }

  contains(node: Node | null): boolean {
    return node === this.host;
  }

  destroy(): void {
    this.host.remove();
  }
}
