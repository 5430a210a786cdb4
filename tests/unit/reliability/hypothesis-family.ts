/** Damaged Hypothesis exports, imported over a stored library. */
import { importLibrary } from '../../../src/shared/db/import';
import { fromHypothesisExport } from '../../../src/shared/formats/hypothesis';
import { type Rng } from './random';
import { damage } from './backup-family';
import { type Family } from './family';
import { dbState, type DbState, judgedImport, STORED } from './judge-import';


export const HYPOTHESIS_BASE = {
  export_date: '2024-05-02T09:14:33.120Z',
  annotations: [] as unknown[],
};

export function hypothesisAnnotation(r: Rng, i: number): Record<string, unknown> {
  const storedPage = r.pick(STORED.hypothesis.pages);
  const uri = r.pick([
    'https://filmdiary.example.com/2014/01/her-review/',
    'https://filmdiary.example.com/2014/01/her-review/?utm_source=x#c',
    storedPage.id,
    storedPage.aliases[0] ?? `${storedPage.id}#top`,
    'urn:x-pdf:abc',
    `https://site.example/${i}`,
  ]);
  // Sometimes a passage the reader already highlighted on that page.
  const known = r.chance(0.3) ? STORED.hypothesis.highlights.find((h) => h.pageId === storedPage.id) : undefined;
  const knownQuote = known?.selectors.find((s) => s.type === 'TextQuoteSelector');
  const knownPos = known?.selectors.find((s) => s.type === 'TextPositionSelector');
  const exact = knownQuote?.exact ?? (r.string(r.int(1, 60)) || 'x');
  const start = knownPos?.start ?? r.int(0, 9999);
  return {
    id: `A${i}_${r.int(0, 1e9)}`,
    created: new Date(Date.UTC(2024, 0, 1) + r.int(0, 1e10)).toISOString(),
    updated: new Date(Date.UTC(2024, 6, 1) + r.int(0, 1e10)).toISOString(),
    uri,
    text: r.string(r.int(0, 80)),
    tags: r.chance(0.5) ? [r.pick(['film', 'to-watch', 'Her'])] : [],
    ...(r.chance(0.1) ? { references: ['parent'] } : {}),
    target: [
      r.chance(0.2)
        ? { source: uri }
        : {
            source: uri,
            selector: [
              { type: 'RangeSelector', startContainer: '/div[1]', endContainer: '/div[1]', startOffset: 0, endOffset: 5 },
              { type: 'TextPositionSelector', start, end: start + exact.length },
              { type: 'TextQuoteSelector', exact, prefix: r.string(4), suffix: r.string(4) },
            ],
          },
    ],
    document: { title: [r.string(r.int(0, 30))] },
  };
}

export const hypothesisFamily: Family = {
  name: 'hypothesis-import',
  setup: () => dbState(STORED.hypothesis),
  make(r, i) {
    const file = structuredClone(HYPOTHESIS_BASE);
    for (let k = r.int(1, 8); k > 0; k--) file.annotations.push(hypothesisAnnotation(r, i * 10 + k));
    return damage(r, file, 0.15);
  },
  run: (input, state) =>
    judgedImport(state as DbState, (db) => importLibrary(db, fromHypothesisExport(input, Date.UTC(2024, 0, 1)), { pages: 'combine' }), true),
};

