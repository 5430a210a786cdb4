/**
 * Highlights as a W3C Web Annotation collection (JSON-LD), readable by other
 * annotation tools. https://www.w3.org/TR/annotation-model/ and
 * https://www.w3.org/TR/annotation-vocab/#annotationcollection
 * Pure: no browser APIs.
 */
import type { SelectorRecord } from '../records';
import { sortLibrary, type Library } from './library';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/markdown';
  purpose: 'commenting';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  motivation: 'highlighting' | 'commenting';
  body?: TextualBody;
  target: { source: string; selector: SelectorRecord[] };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID for any id: the id itself when it is one, else a stable name-based one (RFC 9562 version 8). */
export function uuidFor(id: string): string {
  if (UUID.test(id)) return id.toLowerCase();
  let hex = '';
  for (const seed of [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]) {
    let h = seed >>> 0;
    for (let i = 0; i < id.length; i++) {
      h ^= id.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    hex += h.toString(16).padStart(8, '0');
  }
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Every highlight as an `Annotation` in one embedded `AnnotationPage`:
 * `highlighting` without a note, `commenting` with the note as a Markdown
 * `TextualBody`; the target is the page URL with the stored selectors.
 */
export function toAnnotationCollection(lib: Library): AnnotationCollection {
  const { pages, highlights } = sortLibrary(lib);
  const urls = new Map(pages.map((p) => [p.id, p.url]));
  const items = highlights.map((h): WebAnnotation => {
    const note = h.note.trim();
    return {
      id: `urn:uuid:${uuidFor(h.id)}`,
      type: 'Annotation',
      created: iso(h.createdAt),
      modified: iso(h.updatedAt),
      motivation: note ? 'commenting' : 'highlighting',
      ...(note ? { body: { type: 'TextualBody', value: h.note, format: 'text/markdown', purpose: 'commenting' } as const } : {}),
      target: { source: urls.get(h.pageId) ?? h.pageId, selector: h.selectors.map((s) => ({ ...s })) },
    };
  });
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Reel Notes highlights',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
