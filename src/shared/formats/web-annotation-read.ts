/**
 * Reading W3C Web Annotation JSON-LD back (https://www.w3.org/TR/annotation-model/):
 * an AnnotationCollection (as toAnnotationCollection writes it, or another
 * tool's), an AnnotationPage, an array of annotations or one annotation.
 * Highlights keep every selector and their tags; an annotation that targets
 * a page without a passage is a page note (its tags the page's); replies
 * (motivation "replying") are skipped and listed.
 * Pure: no browser APIs.
 */
import { annotationsToLibrary, rangeSelectors, readAnnotations, type Extras, type HypothesisImport } from './hypothesis';
import { parseJsonText } from './backup';
import { ImportError } from './library';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const UUID_URN = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The raw annotations in the order the shared reader reads them, for what it leaves out. */
function rawItems(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (!isObject(json)) return [];
  const out: unknown[] = [];
  let page: unknown = json.first;
  while (isObject(page)) {
    if (Array.isArray(page.items)) out.push(...page.items);
    page = page.next;
  }
  if (out.length) return out;
  if (Array.isArray(json.items)) return json.items;
  return [json];
}

function extrasOf(raw: unknown): Extras {
  if (!isObject(raw)) return { id: undefined, reply: false, title: '', ranges: [] };
  const motivation = Array.isArray(raw.motivation) ? raw.motivation : [raw.motivation];
  const id = raw.id ?? raw['@id'];
  return { id, reply: motivation.includes('replying'), title: '', ranges: rangeSelectors(raw.target) };
}

export function fromAnnotationCollection(json: unknown, now: number): HypothesisImport {
  const data = typeof json === 'string' ? parseJsonText(json, 'The Web Annotation file') : json;
  if (isObject(data) && (Array.isArray(data.rows) || Array.isArray(data.annotations))) {
    throw new ImportError('This is a Hypothesis file, not W3C Web Annotations: import it as a Hypothesis export');
  }
  const parsed = readAnnotations(data);
  const raws = rawItems(data);
  const extras = parsed.length === raws.length ? raws.map(extrasOf) : parsed.map((a) => ({ id: a.id, reply: false, title: '', ranges: [] }));
  // A UUID id is kept as it is, so that export → import → export writes the same ids.
  return annotationsToLibrary(parsed, extras, now, (id) => UUID_URN.exec(id)?.[1].toLowerCase() ?? `w3c:${id}`);
}
