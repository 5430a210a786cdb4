import { describe, expect, it } from 'vitest';
import { fold, foldedFor } from '../../../src/options/model/fold';
import { containsAll, parseQuery } from '../../../src/options/model/query';

describe('fold', () => {
  it('drops case and accents', () => {
    expect(fold('Éclair')).toBe('eclair');
    expect(fold('AGNÈS VARDA')).toBe('agnes varda');
    expect(fold('Almodóvar, Núñez, Zoë')).toBe('almodovar, nunez, zoe');
  });
  it('folds decomposed (NFD) text like precomposed', () => {
    expect(fold('E\u0301clair')).toBe('eclair');
  });
  it('spells letters that do not decompose the ASCII way, and plain quotes and dashes', () => {
    expect(fold('Łódź Malmö Søren Straße Æon Œuvre')).toBe('lodz malmo soren strasse aeon oeuvre');
    expect(fold('don’t “Her” – 2013')).toBe('don\'t "her" - 2013');
  });
  it('leaves ASCII as lower case and other scripts as they are', () => {
    expect(fold('Her (2013)')).toBe('her (2013)');
    expect(fold('기생충')).toBe(fold('기생충'));
    expect(fold('Паразиты')).toBe('паразиты');
  });
  it('caches per record object', () => {
    const rec = {};
    let calls = 0;
    expect(foldedFor(rec, () => (calls++, 'Été'))).toBe('ete');
    expect(foldedFor(rec, () => (calls++, 'other'))).toBe('ete');
    expect(calls).toBe(1);
  });
});

describe('parseQuery', () => {
  it('splits words, keeps quoted phrases, folds, drops repeats, longest first', () => {
    expect(parseQuery('  Éclair   her ')).toEqual(['eclair', 'her']);
    expect(parseQuery('"Spike  Jonze" her her')).toEqual(['spike jonze', 'her']);
    expect(parseQuery('"unterminated phrase')).toEqual(['unterminated phrase']);
    expect(parseQuery('   ')).toEqual([]);
    expect(parseQuery('""')).toEqual([]);
  });
  it('containsAll needs every term', () => {
    expect(containsAll('joaquin phoenix in her', ['her', 'phoenix'])).toBe(true);
    expect(containsAll('joaquin phoenix', ['her', 'phoenix'])).toBe(false);
    expect(containsAll('anything', [])).toBe(true);
  });
});
