/**
 * A film's facts box: "<strong>Director:</strong> Lucio Fulci<br>", "<dt>Year</dt><dd>2020</dd>", table rows
 * "Starring | …". Labels in English and Spanish. Many review templates have one; a box naming a director
 * and a year is evidence of a film page, and its values are the film's facts.
 */
import type { Adapter, Evidence } from '../context';
import { looksLikeName, trimLead } from '../names';
import { clean, tidyTitle, yearOf } from '../text';

type Field = 'title' | 'director' | 'year' | 'cast' | 'runtime' | 'genre';
const LABELS: Array<[RegExp, Field]> = [
  [/^(?:movie|film|title|t[ií]tulo|pel[ií]cula)$/i, 'title'],
  [/^(?:directors?|directed by|direction|direcci[oó]n|directora?|regie|réalisation)$/i, 'director'],
  [/^(?:year|release year|released|release date|release|a[ñn]o|fecha de estreno|estreno)$/i, 'year'],
  [/^(?:starring|cast|stars|main cast|reparto|int[eé]rpretes|protagonistas)$/i, 'cast'],
  [/^(?:runtime|running time|length|duraci[oó]n)$/i, 'runtime'],
  [/^(?:genres?|g[eé]nero)$/i, 'genre'],
];
const MAX_LABELS = 400;

function fieldOf(label: string): Field | null {
  const l = label.replace(/[:：]\s*$/, '').trim();
  if (l.length > 24) return null;
  for (const [re, f] of LABELS) if (re.test(l)) return f;
  return null;
}

/** The text after a <strong>Label:</strong> up to the next line break or the next label. */
function inlineValue(el: Element): string {
  let out = '';
  for (let n = el.nextSibling; n && out.length < 300; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const tag = (n as Element).tagName;
      if (tag === 'BR' || tag === el.tagName || tag === 'P' || tag === 'DIV') break;
    }
    out += n.textContent ?? '';
  }
  return clean(out.replace(/^\s*[:：]\s*/, ''), 300);
}

function valueOf(el: Element): string {
  if (el.tagName === 'DT') return el.nextElementSibling?.tagName === 'DD' ? clean(el.nextElementSibling.textContent, 300) : '';
  if (el.tagName === 'TH') return el.nextElementSibling?.tagName === 'TD' ? clean(el.nextElementSibling.textContent, 300) : '';
  return inlineValue(el);
}

const people = (v: string) =>
  v
    .split(/\s*(?:,|;|\/|\band\b|\by\b|&)\s*/)
    .map((n) => trimLead(n.trim()))
    .filter((n) => looksLikeName(n, 2))
    .slice(0, 12);

export const facts: Adapter = (ctx) => {
  const root = ctx.doc.querySelector('article, main, [role="main"]') ?? ctx.doc.body;
  if (!root) return null;
  const found = new Map<Field, string>();
  for (const el of Array.from(root.querySelectorAll('dt, th, strong, b')).slice(0, MAX_LABELS)) {
    const f = fieldOf(clean(el.textContent, 40));
    if (!f || found.has(f)) continue;
    const v = valueOf(el);
    if (v) found.set(f, v);
  }
  if (!found.size) return null;
  const ev: Evidence = { source: 'facts', signals: [], score: 0, structured: true };
  const dirs = found.has('director') ? people(found.get('director')!) : [];
  const year = found.has('year') ? yearOf(found.get('year')) : null;
  const cast = found.has('cast') ? people(found.get('cast')!) : [];
  const filmFacts = (dirs.length ? 1 : 0) + (year ? 1 : 0) + (cast.length ? 1 : 0) + (found.has('runtime') ? 1 : 0) + (found.has('genre') ? 0.5 : 0);
  ev.score = filmFacts;
  const title = found.has('title') ? tidyTitle(found.get('title')!) : '';
  if (title && title.length <= 150) {
    ev.title = title;
    ev.titleWeight = 7;
  }
  if (year) ev.year = year;
  if (dirs.length) ev.directors = dirs;
  if (cast.length) ev.cast = cast.map((name) => ({ name }));
  ev.signals.push(`facts box: ${[...found.keys()].join(', ')}`);
  return ev;
};
