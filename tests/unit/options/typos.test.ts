import { describe, expect, it } from 'vitest';
import { editDistance, typosAllowed, Vocabulary } from '../../../src/options/model/typos';
import { matchRanges, type Needle } from '../../../src/options/model/needles';

describe('editDistance', () => {
  it('counts inserts, deletes, substitutions and swapped neighbours, capped at max + 1', () => {
    expect(editDistance('johansson', 'johanssen', 2)).toBe(1);
    expect(editDistance('teodore', 'theodore', 1)).toBe(1);
    expect(editDistance('phoenix', 'pheonix', 1)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
    expect(editDistance('same', 'same', 0)).toBe(0);
  });
  it('allows no typo in short words, one in middling, two in long ones', () => {
    expect([3, 4, 5, 7, 8, 12].map(typosAllowed)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('Vocabulary', () => {
  it('offers library words a typo or two away, starting alike, closest first, not those that contain the term', () => {
    const v = new Vocabulary();
    v.add('scarlett johanssen theodore twombly theodora johansson samantha');
    expect(v.variants('johansson')).toEqual(['johanssen']);
    expect(v.variants('teodore')).toEqual(['theodore']);
    expect(v.variants('theodore')).toEqual(['theodora']);
    expect(v.variants('sam')).toEqual([]);
    expect(v.variants('scarlett johansson')).toEqual([]);
    // Added words are seen by later queries.
    v.add('theodorus');
    expect(v.variants('theodore')).toEqual(['theodora', 'theodorus']);
  });
});

describe('matchRanges', () => {
  const n = (term: string, ...near: string[]): Needle => ({ term, near });
  it('finds the terms and their near words in the original text, across accents and case', () => {
    const text = 'Scarlett Johanssen in Éclair';
    const marked = (ranges: [number, number][]) => ranges.map(([a, b]) => text.slice(a, b));
    expect(marked(matchRanges(text, [n('johansson', 'johanssen')]))).toEqual(['Johanssen']);
    expect(marked(matchRanges(text, [n('eclair'), n('scar')]))).toEqual(['Scar', 'Éclair']);
  });
  it('maps back through letters that fold to two and accents written apart', () => {
    expect(matchRanges('Straße', [n('strasse')])).toEqual([[0, 6]]);
    const decomposed = 'Cafe\u0301 noir';
    expect(matchRanges(decomposed, [n('cafe')])).toEqual([[0, 5]]);
  });
  it('merges overlapping matches', () => {
    expect(matchRanges('theodore and theo', [n('theo'), n('theodore')])).toEqual([[0, 8], [13, 17]]);
  });
  it('marks only at the start of words: "her" is in "Her", not in "other"', () => {
    expect(matchRanges('The other Her', [n('her')])).toEqual([[10, 13]]);
  });
});
