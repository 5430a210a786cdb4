import { describe, expect, it } from 'vitest';
import { toAnnotationCollection, uuidFor } from '../../../src/shared/formats/web-annotation';
import { parseAnnotations } from '../../../src/shared/formats/annotation-json';
import { sampleLibrary } from './sample-library';

const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('W3C Web Annotation export', () => {
  const lib = sampleLibrary();
  const col = toAnnotationCollection(lib);

  it('is an AnnotationCollection with one embedded page of annotations', () => {
    expect(col['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(col.type).toBe('AnnotationCollection');
    const notes = lib.pages.filter((p) => p.entry.note.trim() || p.entry.tags.length).length;
    expect(notes).toBeGreaterThan(0);
    expect(col.total).toBe(3 + notes);
    expect(col.first.type).toBe('AnnotationPage');
    expect(col.first.items).toHaveLength(3 + notes);
  });

  it('gives each highlight its id, dates, motivation, body and target', () => {
    for (const item of col.first.items.filter((i) => i.target.selector)) {
      expect(item.type).toBe('Annotation');
      expect(item.id).toMatch(UUID_URN);
      expect(new Date(item.created).toISOString()).toBe(item.created);
      expect(new Date(item.modified).toISOString()).toBe(item.modified);
      expect(item.target.source).toMatch(/^https?:\/\//);
      expect(item.target.selector!.length).toBeGreaterThan(0);
    }
    const commented = col.first.items.find((i) => i.id === 'urn:uuid:7d3f8a52-0b1e-4c41-9c3e-1f2a3b4c5d6e')!;
    expect(commented.motivation).toBe('commenting');
    expect(commented.body).toEqual([{ type: 'TextualBody', value: 'The line.', format: 'text/markdown', purpose: 'commenting' }]);
    expect(commented.target).toEqual({
      source: lib.pages[0].url,
      selector: [
        { type: 'TextQuoteSelector', exact: 'The past is just a story we tell ourselves.', prefix: 'before ', suffix: ' after' },
        { type: 'TextPositionSelector', start: 1200, end: 1243 },
      ],
    });
    const plain = col.first.items.find((i) => i.id === 'urn:uuid:a1b2c3d4-e5f6-4789-8abc-def012345678')!;
    expect(plain.motivation).toBe('highlighting');
    expect(plain).not.toHaveProperty('body');
  });

  it('writes page notes and tags as annotations of the page itself', () => {
    for (const p of lib.pages.filter((x) => x.entry.note.trim() || x.entry.tags.length)) {
      const item = col.first.items.find((i) => !i.target.selector && i.target.source === p.url)!;
      expect(item.body).toEqual([
        ...(p.entry.note.trim() ? [{ type: 'TextualBody', value: p.entry.note, format: 'text/markdown', purpose: 'commenting' }] : []),
        ...p.entry.tags.map((t) => ({ type: 'TextualBody', value: t, purpose: 'tagging' })),
      ]);
    }
  });

  it('makes stable UUIDs for ids that are not UUIDs', () => {
    expect(uuidFor('h-3')).toBe(uuidFor('h-3'));
    expect(uuidFor('h-3')).not.toBe(uuidFor('h-4'));
    expect(`urn:uuid:${uuidFor('hypothesis:Xk3sP0aBEe')}`).toMatch(UUID_URN);
  });

  it('is valid JSON-LD text (serialises without loss)', () => {
    expect(JSON.parse(JSON.stringify(col))).toEqual(col);
  });

  it('reads back with the shared W3C reader: selectors, notes and page URLs intact', () => {
    const back = parseAnnotations(JSON.parse(JSON.stringify(col)));
    expect(back).toHaveLength(col.total);
    const byId = new Map(back.map((a) => [a.id, a]));
    for (const h of lib.highlights) {
      const a = byId.get(`urn:uuid:${uuidFor(h.id)}`)!;
      expect(a.selectors).toEqual(h.selectors);
      expect(a.note ?? '').toBe(h.note);
      expect(a.uri).toBe(lib.pages.find((p) => p.id === h.pageId)!.url);
    }
  });
});
