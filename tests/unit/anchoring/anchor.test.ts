import { describe as suite, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import {
  anchorAll,
  buildTextIndex,
  describeOffsets,
  rangeFor,
  type Selector,
  type TextIndex,
} from '../../../src/shared/anchoring';

const index = (body: string): TextIndex => buildTextIndex(new JSDOM(`<!doctype html><body>${body}</body>`).window.document.body);
const sel = (idx: TextIndex, quote: string, nth = 0): Selector[] => {
  let s = -1;
  for (let k = 0; k <= nth; k++) s = idx.text.indexOf(quote, s + 1);
  if (s < 0) throw new Error(`not in page: ${quote}`);
  return describeOffsets(idx, s, s + quote.length)!;
};
const P1 = 'Theodore writes heartfelt letters for strangers who cannot find the words themselves.';
const P2 = 'Samantha learns quickly, and soon she wants more than a life inside a computer.';
const P3 = 'The film ends on a rooftop at dawn, with two lonely friends sitting side by side.';
const page = (...ps: string[]) => ps.map((p) => `<p>${p}</p>`).join('\n');

suite('anchorAll', () => {
  it('places by position when the page is unchanged (round trip)', () => {
    const idx = index(page(P1, P2, P3));
    const targets = [P1, 'soon she wants more', P3].map((q, i) => ({ id: `h${i}`, selectors: sel(idx, q) }));
    const res = anchorAll(idx, targets);
    res.forEach((r, i) => {
      expect(r).toMatchObject({ id: `h${i}`, status: 'placed', method: 'position' });
      expect(idx.text.slice(r.start, r.end)).toBe(i === 1 ? 'soon she wants more' : [P1, '', P3][i]);
      expect(rangeFor(idx, r.start!, r.end!).toString()).toBe(idx.text.slice(r.start, r.end));
    });
  });

  it('finds the exact quote after text was inserted before it', () => {
    const before = index(page(P1, P2, P3));
    const s = sel(before, P2);
    const after = index(page(P1, 'A new paragraph the editor added later on.', P2, P3));
    const [r] = anchorAll(after, [{ id: 'a', selectors: s }]);
    expect(r).toMatchObject({ status: 'placed', method: 'exact' });
    expect(after.text.slice(r.start, r.end)).toBe(P2);
  });

  it('chooses among repeats by context', () => {
    const rep = 'It is a love story.';
    const body = page(`First act: ${rep} Then the divorce papers arrive.`, P1, `Last act: ${rep} Then the OS leaves him.`);
    const idx = index(body);
    const second = sel(idx, rep, 1);
    const withoutPos = second.filter((x) => x.type === 'TextQuoteSelector');
    const moved = index(`<p>Intro.</p>${body}`);
    for (const s of [second, withoutPos]) {
      const [r] = anchorAll(moved, [{ id: 'x', selectors: s }]);
      expect(r.status).toBe('placed');
      expect(moved.text.slice(r.start! - 10, r.start)).toBe('Last act: ');
    }
  });

  it('finds a passage with one word changed (fuzzy) with exact boundaries', () => {
    const idx = index(page(P1, P2, P3));
    const s = sel(idx, P2);
    const edited = index(page(P1, P2.replace('quickly', 'remarkably fast'), P3));
    const [r] = anchorAll(edited, [{ id: 'f', selectors: s }]);
    expect(r).toMatchObject({ status: 'placed', method: 'fuzzy' });
    expect(edited.text.slice(r.start, r.end)).toBe(P2.replace('quickly', 'remarkably fast'));
    expect(r.score).toBeGreaterThan(0.8);
  });

  it('survives whitespace, typographic quote and markup changes', () => {
    const idx = index(page(`He said "it's over" and left the room without looking back.`, P3));
    const s = sel(idx, `said "it's over" and left the room`);
    const edited = index(`<p>He\n said <em>“it’s</em>   over”\n and <a href="#">left</a> the room without looking back.</p><p>${P3}</p>`);
    const [r] = anchorAll(edited, [{ id: 'w', selectors: s }]);
    expect(r.status).toBe('placed');
    expect(edited.text.slice(r.start, r.end)).toBe('said “it’s over” and left the room');
  });

  it('orphans a removed passage instead of placing it on similar words', () => {
    const idx = index(page(P1, P2, P3));
    const s = sel(idx, P2);
    const similar = 'Samantha learns slowly, and soon she wants less than a life outside a computer.';
    const edited = index(page(P1, P3, similar.replace('Samantha', 'Catherine')));
    const [r] = anchorAll(edited, [{ id: 'gone', selectors: s }]);
    expect(r).toEqual({ id: 'gone', status: 'orphan' });
  });

  it('orphans when the copy left behind has none of the original context', () => {
    const quote = 'the most romantic film of the decade';
    const idx = index(page(`Critics called it ${quote} on its release.`, P1, P2));
    const s = sel(idx, quote);
    const edited = index(page(P1, P2, `A pull quote: “${quote}”, printed on the poster.`));
    expect(anchorAll(edited, [{ id: 'pq', selectors: s }])[0].status).toBe('orphan');
  });

  it('handles selectors from other tools: raw whitespace, stale positions, quote only, position only', () => {
    const idx = index(page(P1, P2, P3));
    const s2 = idx.text.indexOf(P2);
    const res = anchorAll(idx, [
      { id: 'raw', selectors: [{ type: 'TextQuoteSelector', exact: '\n  Samantha learns\n quickly, ', prefix: 'find the words themselves.\n\n', suffix: 'and soon' }, { type: 'TextPositionSelector', start: 9999, end: 10020 }] },
      { id: 'quote-only', selectors: [{ type: 'TextQuoteSelector', exact: 'a rooftop at dawn' }] },
      { id: 'pos-only', selectors: [{ type: 'TextPositionSelector', start: s2, end: s2 + 8 }] },
      { id: 'none', selectors: [] },
      { id: 'absent', selectors: [{ type: 'TextQuoteSelector', exact: 'Nothing like this is on the page at all.' }] },
    ]);
    expect(idx.text.slice(res[0].start, res[0].end)).toBe('Samantha learns quickly,');
    expect(idx.text.slice(res[1].start, res[1].end)).toBe('a rooftop at dawn');
    expect(res[2]).toMatchObject({ status: 'placed', method: 'position', start: s2, end: s2 + 8 });
    expect(res[3].status).toBe('orphan');
    expect(res[4].status).toBe('orphan');
  });

  it('returns one result per target, in order, for many targets in one call', () => {
    const paras = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} talks about scene ${i * 7} and the ${i % 2 ? 'light' : 'music'} in it, at length.`);
    const idx = index(page(...paras));
    const targets = paras.map((p, i) => ({ id: String(i), selectors: sel(idx, p.slice(0, 41).trim()) }));
    const edited = index(page('Inserted at the top.', ...paras));
    const res = anchorAll(edited, targets);
    expect(res.map((r) => r.id)).toEqual(targets.map((t) => t.id));
    res.forEach((r, i) => expect(edited.text.slice(r.start, r.end)).toBe(paras[i].slice(0, 41).trim()));
  });
});
