/**
 * Highlights and page notes as a W3C Web Annotation collection (JSON-LD),
 * readable by other annotation tools and by web-annotation-read.ts.
 * https://www.w3.org/TR/annotation-model/ and
 * https://www.w3.org/TR/annotation-vocab/#annotationcollection
 * Pure: no browser APIs.
 */
import type { Selector } from '../records';
import { sortLibrary, type Library } from './library';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format?: 'text/markdown';
  purpose: 'commenting' | 'tagging';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  motivation: 'highlighting' | 'commenting' | 'tagging';
  body?: TextualBody[];
  /** A passage: the page with every stored selector; a page note: the page alone. */
  target: { source: string; selector?: Selector[] };
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

function body(note: string, tags: readonly string[]): TextualBody[] {
  const out: TextualBody[] = [];
  if (note.trim()) out.push({ type: 'TextualBody', value: note, format: 'text/markdown', purpose: 'commenting' });
  for (const t of tags) out.push({ type: 'TextualBody', value: t, purpose: 'tagging' });
  return out;
}

function motivation(note: string, tags: readonly string[], passage: boolean): WebAnnotation['motivation'] {
  return note.trim() ? 'commenting' : passage ? 'highlighting' : tags.length ? 'tagging' : 'commenting';
}

/**
 * Every highlight as an `Annotation` (`highlighting` without a note,
 * `commenting` with the note as a Markdown body, tags as `tagging` bodies;
 * the target is the page URL with every stored selector), and every page
 * note or page's tags as an annotation of the page itself, in one embedded
 * `AnnotationPage`.
 */
export function toAnnotationCollection(lib: Library): AnnotationCollection {
  const { pages, highlights } = sortLibrary(lib);
  const urls = new Map(pages.map((p) => [p.id, p.url]));
  const items: WebAnnotation[] = [];
  for (const p of pages) {
    const { note, tags } = p.entry;
    if (!note.trim() && !tags.length) continue;
    items.push({
      id: `urn:uuid:${uuidFor(`page-note:${p.id}`)}`,
      type: 'Annotation',
      created: iso(p.createdAt),
      modified: iso(p.updatedAt),
      motivation: motivation(note, tags, false),
      body: body(note, tags),
      target: { source: p.url },
    });
  }
  // Ties broken by the written id, so a file read back (whose ids are these UUIDs) is written in the same order.
  const ordered = highlights.map((h) => ({ h, uuid: uuidFor(h.id) })).sort((a, b) => (a.h.pageId < b.h.pageId ? -1 : a.h.pageId > b.h.pageId ? 1 : a.h.createdAt - b.h.createdAt || (a.uuid < b.uuid ? -1 : a.uuid > b.uuid ? 1 : 0)));
  for (const { h, uuid } of ordered) {
    const b = body(h.note, h.tags ?? []);
    items.push({
      id: `urn:uuid:${uuid}`,
      type: 'Annotation',
      created: iso(h.createdAt),
      modified: iso(h.updatedAt),
      motivation: motivation(h.note, h.tags ?? [], true),
      ...(b.length ? { body: b } : {}),
      target: { source: urls.get(h.pageId) ?? h.pageId, selector: h.selectors.map((s) => ({ ...s })) },
    });
  }
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Reel Notes highlights and notes',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
