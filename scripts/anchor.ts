/**
 * Anchors the annotations of a JSON file on a saved page, with the
 * extension's own anchoring module, and prints one JSON line per annotation:
 *   {"id","status":"placed"|"orphan","start","end","text"}
 * Offsets are into the page text as the module indexes it (whitespace
 * normalised); for an orphan, start/end are null and text is the saved quote.
 *
 * Usage: npx tsx scripts/anchor.ts PAGE.html ANNOTATIONS.json
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { anchorAll, buildTextIndex } from '../src/shared/anchoring';
import { parseAnnotations } from '../src/shared/formats/annotation-json';

function main(argv: string[]): number {
  const [page, annotations] = argv;
  if (!page || !annotations || argv.length > 2) {
    process.stderr.write('usage: anchor PAGE.html ANNOTATIONS.json\n');
    return 1;
  }
  let html: string;
  let raw: string;
  try {
    html = readFileSync(page, 'utf8');
  } catch (e) {
    process.stderr.write(`anchor: cannot read page ${page}: ${(e as Error).message}\n`);
    return 1;
  }
  try {
    raw = readFileSync(annotations, 'utf8');
  } catch (e) {
    process.stderr.write(`anchor: cannot read annotations ${annotations}: ${(e as Error).message}\n`);
    return 1;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    process.stderr.write(`anchor: ${annotations} is not valid JSON: ${(e as Error).message}\n`);
    return 1;
  }
  let parsed;
  try {
    parsed = parseAnnotations(json);
  } catch (e) {
    process.stderr.write(`anchor: ${annotations}: ${(e as Error).message}\n`);
    return 1;
  }
  // No scripts run: the page is read as saved.
  const doc = new JSDOM(html).window.document;
  const index = buildTextIndex(doc.body ?? doc.documentElement);
  const results = anchorAll(index, parsed);
  const lines = results.map((r, i) => {
    const quote = parsed[i].selectors.find((s) => s.type === 'TextQuoteSelector');
    const placed = r.status === 'placed' && r.start !== undefined && r.end !== undefined;
    return JSON.stringify({
      id: r.id,
      status: r.status,
      start: placed ? r.start : null,
      end: placed ? r.end : null,
      text: placed ? index.text.slice(r.start, r.end) : quote && quote.type === 'TextQuoteSelector' ? quote.exact : null,
    });
  });
  process.stdout.write(lines.length ? lines.join('\n') + '\n' : '');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
