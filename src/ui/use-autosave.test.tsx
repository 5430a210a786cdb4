// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useAutosave, type DraftStore } from './use-autosave';

type Patch = { a?: number; b?: string };

function harness(save: (p: Patch) => Promise<void>) {
  let draft: Patch | null = null;
  const drafts: DraftStore<Patch> = { read: () => draft, write: (p) => void (draft = p) };
  const api: { current?: ReturnType<typeof useAutosave<Patch>> } = {};
  function Probe() {
    api.current = useAutosave<Patch>(save, { delay: 5, drafts });
    return <span>{api.current.state.kind}</span>;
  }
  const host = document.createElement('div');
  render(<Probe />, host);
  return { api, host, draft: () => draft };
}

const tick = (ms = 20) => act(() => new Promise((r) => setTimeout(r, ms)));

describe('useAutosave', () => {
  it('merges edits into one patch of the touched fields and clears the draft once stored', async () => {
    const sent: Patch[] = [];
    const h = harness(async (p) => void sent.push(p));
    act(() => h.api.current!.schedule({ a: 1 }));
    act(() => h.api.current!.schedule({ b: 'x' }));
    act(() => h.api.current!.schedule({ a: 2 }));
    expect(h.draft()).toEqual({ a: 2, b: 'x' });
    await tick();
    expect(sent).toEqual([{ a: 2, b: 'x' }]);
    expect(h.host.textContent).toBe('saved');
    expect(h.draft()).toBeNull();
  });

  it('keeps a failed patch (on screen and in the draft), shows the error, and sends it again with newer edits on top', async () => {
    const sent: Patch[] = [];
    let fail = true;
    const h = harness(async (p) => {
      sent.push(p);
      if (fail) throw new Error('disk full');
    });
    act(() => h.api.current!.schedule({ a: 1, b: 'old' }, true));
    await tick();
    expect(h.host.textContent).toBe('error');
    expect(h.api.current!.state).toEqual({ kind: 'error', message: 'disk full' });
    expect(h.draft()).toEqual({ a: 1, b: 'old' });
    fail = false;
    act(() => h.api.current!.schedule({ b: 'new' }, true));
    await tick();
    expect(sent).toEqual([{ a: 1, b: 'old' }, { a: 1, b: 'new' }]);
    expect(h.host.textContent).toBe('saved');
    expect(h.draft()).toBeNull();
  });

  it('runs saves one at a time', async () => {
    let inFlight = 0;
    let most = 0;
    const h = harness(async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 10));
      inFlight--;
    });
    act(() => h.api.current!.schedule({ a: 1 }, true));
    act(() => h.api.current!.schedule({ a: 2 }, true));
    act(() => h.api.current!.schedule({ a: 3 }, true));
    await tick(80);
    expect(most).toBe(1);
    expect(h.host.textContent).toBe('saved');
  });
});
