import { describe as suite, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAnnotations } from '../../../src/shared/formats/annotation-json';

const fixtures = path.resolve(__dirname, '../../fixtures/anchoring');
const load = (f: string): unknown => JSON.parse(readFileSync(path.join(fixtures, f), 'utf8'));

const quote = { type: 'TextQuoteSelector', exact: 'lonely man', prefix: 'between a ', suffix: ', still' };
const w3c = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'http://example.org/anno1',
  type: 'Annotation',
  created: '2024-01-01T00:00:00Z',
  modified: '2024-01-02T00:00:00Z',
  body: [
    { type: 'TextualBody', value: 'A note', purpose: 'commenting' },
    { type: 'TextualBody', value: 'sad', purpose: 'tagging' },
  ],
  target: { source: 'https://blog.example/her', selector: [quote, { type: 'TextPositionSelector', start: 10, end: 20 }, { type: 'XPathSelector', value: '/p[1]' }] },
};

suite('parseAnnotations: W3C', () => {
  it('reads one annotation', () => {
    expect(parseAnnotations(w3c)).toEqual([
      {
        id: 'http://example.org/anno1',
        selectors: [quote, { type: 'TextPositionSelector', start: 10, end: 20 }],
        note: 'A note',
        tags: ['sad'],
        uri: 'https://blog.example/her',
        created: '2024-01-01T00:00:00Z',
        updated: '2024-01-02T00:00:00Z',
      },
    ]);
  });

  it('reads an array, a collection with first.items, a collection with items, and a page', () => {
    const two = [w3c, { ...w3c, id: 'b', bodyValue: 'plain body', body: undefined, target: { source: 'x', selector: quote } }];
    expect(parseAnnotations(two).map((a) => a.id)).toEqual(['http://example.org/anno1', 'b']);
    expect(parseAnnotations(two)[1].note).toBe('plain body');
    expect(parseAnnotations({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: two } })).toHaveLength(2);
    expect(parseAnnotations({ type: 'AnnotationCollection', items: two })).toHaveLength(2);
    expect(parseAnnotations({ type: 'AnnotationPage', items: two })).toHaveLength(2);
  });

  it('takes quotes from refinedBy but not positions relative to a refined element', () => {
    const a = { ...w3c, target: { source: 's', selector: { type: 'CssSelector', value: '#post', refinedBy: [quote, { type: 'TextPositionSelector', start: 1, end: 2 }] } } };
    expect(parseAnnotations(a)[0].selectors).toEqual([quote]);
  });

  it('reads the W3C fixture collection', () => {
    const list = parseAnnotations(load('her-review.w3c.json'));
    expect(list).toHaveLength(5);
    expect(list[0]).toMatchObject({ note: 'The whole film in one line.', tags: ['theme'] });
    expect(list.every((a) => a.selectors.length === 2)).toBe(true);
  });
});

suite('parseAnnotations: Hypothesis', () => {
  const row = {
    id: 'abc123',
    created: '2024-02-20T21:15:03.412345+00:00',
    updated: '2024-02-21T10:00:00.000000+00:00',
    uri: 'https://blog.example/her',
    text: 'my note',
    tags: ['a', 'b'],
    target: [{ source: 'https://blog.example/her', selector: [{ type: 'RangeSelector', startContainer: '/p[1]', startOffset: 0, endContainer: '/p[1]', endOffset: 4 }, { type: 'TextPositionSelector', start: 5, end: 15 }, quote] }],
  };

  it('reads API search results {rows}', () => {
    expect(parseAnnotations({ total: 1, rows: [row] })).toEqual([
      {
        id: 'abc123',
        selectors: [{ type: 'TextPositionSelector', start: 5, end: 15 }, quote],
        note: 'my note',
        tags: ['a', 'b'],
        uri: 'https://blog.example/her',
        created: '2024-02-20T21:15:03.412345+00:00',
        updated: '2024-02-21T10:00:00.000000+00:00',
      },
    ]);
  });

  it('reads an export {annotations}, including page notes without selectors', () => {
    const list = parseAnnotations(load('her-review.hypothesis-export.json'));
    expect(list).toHaveLength(4);
    expect(list[0]).toMatchObject({ id: 'Kz3mQbq8Ee6TAt8Lq1aHxw', note: 'He falls for the idea of her first.', tags: ['theodore', 'fantasy'] });
    expect(list[1].note).toBeUndefined();
    expect(list[3].selectors).toEqual([]);
  });
});

suite('parseAnnotations: malformed input', () => {
  const cases: [string, unknown, RegExp][] = [
    ['null', null, /JSON object or array.*got null/],
    ['a number', 42, /got number/],
    ['a string', 'hello', /got string/],
    ['an unknown object', { foo: 1, bar: 2 }, /Unrecognised annotation JSON.*foo, bar/],
    ['rows that are not objects', { rows: [1] }, /annotation #1: expected an object, got number/],
    ['annotations not an array', { annotations: {} }, /Unrecognised|expected an array/],
    ['a W3C annotation without target', { type: 'Annotation', id: 'x' }, /annotation #1 \(x\): has no "target"/],
    ['a quote selector without exact', { ...w3c, target: { selector: { type: 'TextQuoteSelector', prefix: 'a' } } }, /target\[0\]\.selector\[0\]: TextQuoteSelector needs a string "exact"/],
    ['a position selector with negative start', { ...w3c, target: { selector: [{ type: 'TextPositionSelector', start: -1, end: 3 }] } }, /TextPositionSelector needs integer/],
    ['a selector that is a string', { ...w3c, target: { selector: ['oops'] } }, /a selector must be an object, got string/],
    ['a collection that links its first page', { type: 'AnnotationCollection', first: 'https://x/page1' }, /"first" is a link/],
    ['Hypothesis tags that are not strings', { rows: [{ id: 'r', text: '', tags: [1], target: [] }] }, /"tags" must be an array of strings/],
  ];
  it.each(cases)('rejects %s with a clear error', (_name, input, message) => {
    expect(() => parseAnnotations(input)).toThrow(message);
  });
});
