/** The three-way merge of texts and the field-by-field edits (issue 12): what combines, and what is left to the reader. */
import { describe, expect, it } from 'vitest';
import { merge3 } from '../../../src/shared/edits/text-merge';
import { applyEdit, diffEdit } from '../../../src/shared/edits/field-edit';
import { ENTRY_KINDS } from '../../../src/shared/edits/records';
import { emptyEntry } from '../../../src/shared/records';

describe('merge3', () => {
  const base = 'First line.\nSecond line.\nThird line.\n';

  it('combines edits of different lines', () => {
    const mine = 'First line, edited.\nSecond line.\nThird line.\n';
    const theirs = 'First line.\nSecond line.\nThird line.\nA fourth, added elsewhere.\n';
    expect(merge3(base, mine, theirs)).toEqual({ ok: true, text: 'First line, edited.\nSecond line.\nThird line.\nA fourth, added elsewhere.\n' });
  });

  it('combines edits of different words of one line', () => {
    expect(merge3('The film is long and slow.', 'The film is long and dreamy.', 'This film is long and slow.')).toEqual({ ok: true, text: 'This film is long and dreamy.' });
  });

  it('takes one side when the other did not change, and the same change made twice once', () => {
    expect(merge3(base, base, 'other')).toEqual({ ok: true, text: 'other' });
    expect(merge3(base, 'mine', base)).toEqual({ ok: true, text: 'mine' });
    const both = base.replace('Second', 'The second');
    expect(merge3(base, both, both)).toEqual({ ok: true, text: both });
  });

  it('leaves the same words changed two ways to the reader, with both kept in "both"', () => {
    const r = merge3('Rated it 3 stars.', 'Rated it 4 stars.', 'Rated it 2 stars.');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.both).toContain('2');
      expect(r.both).toContain('4');
    }
  });

  it('leaves two additions at the same place to the reader (no order to choose)', () => {
    const r = merge3('', 'written in popup A', 'appended in popup B');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.both).toBe('appended in popup B\nwritten in popup A');
  });

  it('gives up diffing a huge region rather than stalling, as a conflict', () => {
    const big = Array.from({ length: 3000 }, (_, i) => `line ${i}\n`).join('');
    const mine = big.split('\n').reverse().join('\n');
    const theirs = big.replace('line 5\n', 'line five\n');
    const t0 = performance.now();
    const r = merge3(big, mine, theirs);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(typeof r.ok).toBe('boolean');
  });
});

describe('entry edits', () => {
  const stored = { ...emptyEntry(), tags: ['alpha'], note: 'Line one.\n', liked: true };

  it('combines tags added and removed in two places', () => {
    const r = applyEdit(stored, { tags: { add: ['beta'], remove: [] } }, ENTRY_KINDS);
    expect(r.values.tags).toEqual(['alpha', 'beta']);
    const r2 = applyEdit(r.values, { tags: { add: ['Gamma'], remove: ['ALPHA'] } }, ENTRY_KINDS);
    expect(r2.values.tags).toEqual(['beta', 'Gamma']);
  });

  it('merges a note typed on a stale copy, and reports a conflict without writing the note', () => {
    const merged = applyEdit(stored, { note: { from: '', to: 'Line zero.\n' } }, ENTRY_KINDS);
    expect(merged.conflicts).toHaveLength(1);
    expect(merged.values.note).toBe('Line one.\n');
    const clean = applyEdit({ ...stored, note: 'Line one.\nLine two.\n' }, { note: { from: 'Line one.\nLine two.\n', to: 'Line 1.\nLine two.\n' } }, ENTRY_KINDS);
    expect(clean.values.note).toBe('Line 1.\nLine two.\n');
  });

  it('says when a value replaced one set elsewhere after the reader’s copy', () => {
    const r = applyEdit({ ...stored, rating: 3 }, { rating: { from: null, to: 4.5 } }, ENTRY_KINDS);
    expect(r.values.rating).toBe(4.5);
    expect(r.replaced).toEqual([{ field: 'rating', theirs: 3, mine: 4.5 }]);
    expect(applyEdit({ ...stored, rating: 3 }, { rating: { from: 3, to: 4.5 } }, ENTRY_KINDS).replaced).toEqual([]);
  });

  it('diffs a local copy into an edit of only the changed fields', () => {
    const local = { ...stored, tags: ['beta'], liked: false };
    expect(diffEdit(stored, local, ENTRY_KINDS)).toEqual({ tags: { add: ['beta'], remove: ['alpha'] }, liked: { from: true, to: false } });
  });
});
