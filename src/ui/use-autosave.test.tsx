// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useAutosave, type DraftStore } from './use-autosave';
import { applyEdit, type Kinds } from '../shared/edits/field-edit';
import type { EditReply, Sending } from '../shared/edits/session';

type Fields = { a: number | null; b: string };
const KINDS: Kinds<Fields> = { a: 'value', b: 'text' };

/** A background in memory, whose writes may be made to fail or wait. */
function harness(opts: { fail?: () => boolean; wait?: number; stored?: Fields; draft?: unknown; delay?: number } = {}) {
  const db = { rev: 0, values: opts.stored ?? { a: null, b: '' } };
  const sent: Sending<Fields>['edit'][] = [];
  let inFlight = 0;
  let most = 0;
  let draft: unknown = opts.draft ?? null;
  const drafts: DraftStore = { read: () => draft, write: (d) => void (draft = d) };
  const send = async (s: Sending<Fields>): Promise<EditReply<Fields>> => {
    most = Math.max(most, ++inFlight);
    sent.push(s.edit);
    await new Promise((r) => setTimeout(r, opts.wait ?? 0));
    inFlight--;
    if (opts.fail?.()) throw new Error('disk full');
    const r = applyEdit(db.values, s.edit, KINDS);
    if (r.changed) Object.assign(db, { rev: db.rev + 1, values: r.values });
    return { rev: db.rev, values: db.values, conflicts: r.conflicts, replaced: r.replaced };
  };
  const api: { current?: ReturnType<typeof useAutosave<Fields>> } = {};
  const synced = { rev: db.rev, values: { ...db.values } };
  function Probe() {
    api.current = useAutosave<Fields>({ synced, kinds: KINDS, send, drafts, delay: opts.delay ?? 5 });
    return <span>{api.current.state.kind}</span>;
  }
  const host = document.createElement('div');
  render(<Probe />, host);
  return { api, host, db, sent, draft: () => draft, most: () => most };
}

const tick = (ms = 30) => act(() => new Promise((r) => setTimeout(r, ms)));

describe('useAutosave', () => {
  it('sends what waits as soon as the window loses focus or is hidden, not after the delay (a toolbar popup closes on blur)', async () => {
    const h = harness({ delay: 60_000 });
    act(() => h.api.current!.set({ b: 'typed' }));
    await tick();
    expect(h.sent).toEqual([]);
    act(() => void window.dispatchEvent(new Event('blur')));
    await tick();
    expect(h.db.values.b).toBe('typed');
    expect(h.host.textContent).toBe('saved');

    act(() => h.api.current!.set({ a: 4 }));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    await tick();
    delete (document as { visibilityState?: unknown }).visibilityState;
    expect(h.db.values.a).toBe(4);
    expect(h.sent).toHaveLength(2);
  });

  it('sends one edit of the touched fields, with what they changed from, and clears the draft once stored', async () => {
    const h = harness();
    act(() => h.api.current!.set({ a: 1 }));
    act(() => h.api.current!.set({ b: 'x' }));
    act(() => h.api.current!.set({ a: 2 }));
    expect(h.draft()).toEqual({ rev: 0, base: { a: null, b: '' }, mine: { a: 2, b: 'x' } });
    await tick();
    expect(h.sent).toEqual([{ a: { from: null, to: 2 }, b: { from: '', to: 'x' } }]);
    expect(h.host.textContent).toBe('saved');
    expect(h.draft()).toBeNull();
  });

  it('keeps a failed edit (on screen and in the draft), shows the error, and sends it again with newer edits on top', async () => {
    let fail = true;
    const h = harness({ fail: () => fail });
    act(() => h.api.current!.set({ a: 1, b: 'old' }, true));
    await tick();
    expect(h.api.current!.state).toEqual({ kind: 'error', message: 'disk full' });
    expect(h.draft()).toMatchObject({ mine: { a: 1, b: 'old' } });
    fail = false;
    act(() => h.api.current!.set({ b: 'new' }, true));
    await tick();
    expect(h.sent.at(-1)).toEqual({ a: { from: null, to: 1 }, b: { from: '', to: 'new' } });
    expect(h.db.values).toEqual({ a: 1, b: 'new' });
    expect(h.host.textContent).toBe('saved');
    expect(h.draft()).toBeNull();
  });

  it('runs writes one at a time, and sends what was typed meanwhile', async () => {
    const h = harness({ wait: 10 });
    act(() => h.api.current!.set({ a: 1 }, true));
    act(() => h.api.current!.set({ a: 2 }, true));
    act(() => h.api.current!.set({ a: 3 }, true));
    await tick(120);
    expect(h.most()).toBe(1);
    expect(h.db.values.a).toBe(3);
    expect(h.host.textContent).toBe('saved');
  });

  it('shows a text changed elsewhere in the same place as a conflict, and stores the reader’s choice', async () => {
    const h = harness();
    h.db.values = { a: null, b: 'written elsewhere' };
    h.db.rev = 1;
    act(() => h.api.current!.set({ b: 'typed here' }, true));
    await tick();
    expect(h.host.textContent).toBe('conflict');
    expect(h.db.values.b).toBe('written elsewhere');
    const [c] = h.api.current!.conflicts;
    expect(c).toMatchObject({ mine: 'typed here', theirs: 'written elsewhere' });
    expect(h.draft()).toMatchObject({ mine: { b: 'typed here' } });
    act(() => h.api.current!.resolve('b', c.both));
    await tick();
    expect(h.db.values.b).toBe('written elsewhere\ntyped here');
    expect(h.host.textContent).toBe('saved');
  });

  it('offers, never applies, a draft typed on an older revision', async () => {
    const h = harness({ stored: { a: null, b: 'newer' }, draft: { rev: 3, base: { b: 'old' }, mine: { b: 'old, typed on' } } });
    await tick();
    expect(h.api.current!.offer).toMatchObject({ mine: { b: 'old, typed on' } });
    expect(h.sent).toEqual([]);
    act(() => h.api.current!.discardOffer());
    expect(h.draft()).toBeNull();
  });
});
