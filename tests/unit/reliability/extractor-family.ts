/** Random and hostile review pages through the film extractor: a result or a clear error, in time. */
import * as v from 'valibot';
import { DetectionSchema } from '../../../src/shared/records/detection';
import { damageText } from './mutate';
import { type Rng } from './random';
import { type Family } from './family';
import { describeThrown } from './judge-import';


export const JSONLD_BITS = [
  '{"@context":"https://schema.org","@type":"Review","itemReviewed":{"@type":"Movie","name":"Her","dateCreated":"2013","director":{"@type":"Person","name":"Spike Jonze"}},"reviewRating":{"ratingValue":4,"bestRating":5}}',
  '{"@type":["Movie","Thing"],"name":["Her",5],"director":[[{"name":null}]],"actor":"Joaquin Phoenix"}',
  '{"@graph":[{"@type":"Review","itemReviewed":{"@id":"#m"}},{"@id":"#m","@type":"Movie","name":{"@value":"Her"}}]}',
  '{"@type":"Review","reviewRating":{"ratingValue":"NaN","bestRating":0,"worstRating":10}}',
  '{"@type":"Movie","name":"<img src=x onerror=alert(1)>","datePublished":"99999-01-01"}',
  '[{"@type":"Review"},null,1,"x",[]]',
  '{"@type":"Review","itemReviewed":',
  '{"__proto__":{"polluted":true},"@type":"Movie","name":"Pollute"}',
  '{"@type":"Movie","name":"Her","director":{"@type":"Person","name":{"name":{"name":"x"}}}}',
];

export function extractorHtml(r: Rng): string {
  const parts: string[] = [];
  const title = r.pick(['Her (2013) review', 'Review: Amélie', '<script>alert(1)</script>', r.string(r.int(0, 100)), '']);
  parts.push(`<title>${title}</title>`);
  for (let k = r.int(0, 3); k > 0; k--) {
    let bit = r.pick(JSONLD_BITS);
    if (r.chance(0.4)) bit = damageText(r, bit).value;
    if (r.chance(0.1)) bit = `${'['.repeat(r.pick([100, 20_000]))}${bit}`;
    parts.push(`<script type="application/ld+json">${bit.replace(/<\/script/gi, '<\\/script')}</script>`);
  }
  if (r.chance(0.5)) parts.push(`<meta property="og:title" content="${r.pick(['Her', '"><b>x', r.string(20)]).replace(/"/g, '&quot;')}"><meta property="og:type" content="${r.pick(['article', 'video.movie', ''])}">`);
  if (r.chance(0.3)) parts.push(`<div itemscope itemtype="https://schema.org/Movie"><span itemprop="name">${r.string(20)}</span><span itemprop="director" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Spike Jonze</span></span><meta itemprop="datePublished" content="${r.pick(['2013', 'x', ''])}"></div>`);
  if (r.chance(0.3)) parts.push(`<article><h1 class="entry-title">${r.pick(['Review: Her (2013)', r.string(60)])}</h1><p>Directed by ${r.pick(['Spike Jonze', r.string(10)])}, starring Joaquin Phoenix. ★★★★½ ${r.string(r.int(0, 3000))}</p></article>`);
  // Big pages are few and moderate: jsdom's parsing of them, not the extractor, would dominate the run.
  // At most one big feature per page: jsdom's parsing of deep nesting around a long text takes seconds, and that is not what is measured.
  const big = r.int(0, 19);
  if (big === 0) parts.push(`${'<div>'.repeat(r.pick([200, 800]))}deep${'</div>'.repeat(10)}`);
  if (big === 1) parts.push(`<p>${'x '.repeat(r.pick([20_000, 60_000]))}</p>`);
  if (r.chance(0.2)) parts.push('<p>unclosed <b><i><table><tr><td>cell<p>');
  let html = `<!doctype html><html><head>${parts.slice(0, 2).join('')}</head><body>${parts.slice(2).join('')}</body></html>`;
  if (r.chance(0.15)) html = damageText(r, html).value;
  return html;
}

export type ExtractFilm = (doc: Document, opts?: { url?: string }) => unknown;
let extractor: { extractFilm: ExtractFilm; JSDOM: typeof import('jsdom').JSDOM } | null | undefined;

export async function loadExtractor(): Promise<typeof extractor> {
  if (extractor !== undefined) return extractor;
  // A variable specifier: the module is a colleague's and may not exist yet; then the family is skipped.
  const specifier = '../../../src/shared/film/index.ts';
  try {
    const mod = (await import(/* @vite-ignore */ specifier)) as { extractFilm?: ExtractFilm };
    const { JSDOM } = await import('jsdom');
    extractor = typeof mod.extractFilm === 'function' ? { extractFilm: mod.extractFilm, JSDOM } : null;
    // A first call compiles and loads what the extractor needs; that start-up is not a case's time.
    if (extractor) {
      const warm = new JSDOM('<title>Her (2013) review</title><p>Directed by Spike Jonze. ★★★★</p>', { url: 'https://blog.example.com/' });
      extractor.extractFilm(warm.window.document, { url: 'https://blog.example.com/' });
      warm.window.close();
    }
  } catch {
    extractor = null;
  }
  return extractor;
}

let host: import('jsdom').JSDOM | undefined;

export const extractorFamily: Family = {
  name: 'extractor',
  setup: loadExtractor,
  make: (r) => ({ input: extractorHtml(r), how: 'generated page' }),
  async run(input, state) {
    const { extractFilm, JSDOM } = state as NonNullable<typeof extractor>;
    // One jsdom window, a fresh Document per case: a new JSDOM per case costs more than the extraction.
    host ??= new JSDOM('', { url: 'https://blog.example.com/review/her' });
    const doc = new host.window.DOMParser().parseFromString(input as string, 'text/html');
    {
      let result: unknown;
      const t0 = performance.now();
      try {
        result = extractFilm(doc, { url: 'https://blog.example.com/review/her' });
      } catch (e) {
        return { kind: 'refused', problem: `extractFilm threw ${describeThrown(e)}` };
      }
      const ms = performance.now() - t0;
      const checked = v.safeParse(DetectionSchema, result);
      if (!checked.success) return { kind: 'accepted', problem: `result is not a Detection: ${checked.issues[0].message} at ${v.getDotPath(checked.issues[0])}` };
      const failed = checked.output.signals.find((s) => s.startsWith('extraction failed'));
      // extractFilm turns an internal error into an empty result with the reason as a signal.
      if (failed) return { kind: 'refused', reason: failed, ms };
      return { kind: 'accepted', ms };
    }
  },
};

