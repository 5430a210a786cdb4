import { describe as suite, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { JSDOM } from 'jsdom';
import { buildTextIndex } from '../../../src/shared/anchoring';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../../..');
const page = path.join(root, 'public/demo/her-review.html');
const fixture = (f: string) => path.join(root, 'tests/fixtures/anchoring', f);

async function anchor(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/anchor.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

interface Line {
  id: string;
  status: 'placed' | 'orphan';
  start: number | null;
  end: number | null;
  text: string | null;
}

const pageText = buildTextIndex(new JSDOM(readFileSync(page, 'utf8')).window.document.body).text;

function check(stdout: string): Line[] {
  const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
  for (const l of lines) {
    expect(Object.keys(l)).toEqual(['id', 'status', 'start', 'end', 'text']);
    if (l.status === 'placed') expect(pageText.slice(l.start!, l.end!)).toBe(l.text);
    else expect([l.start, l.end]).toEqual([null, null]);
  }
  return lines;
}

// Each case spawns tsx (a few seconds on a busy machine).
suite('scripts/anchor.ts', { timeout: 60_000 }, () => {
  it('anchors a W3C AnnotationCollection on the demo page', async () => {
    const { code, stdout } = await anchor(page, fixture('her-review.w3c.json'));
    expect(code).toBe(0);
    const lines = check(stdout);
    expect(lines.map((l) => [l.status, l.text])).toEqual([
      ['placed', 'a lonely man, still reeling from the pain of his divorce'],
      ['placed', 'an Operating System (OS) on his computer'],
      ['placed', 'high-waisted'],
      ['placed', 'love quickly and unexpectedly blossoms'], // saved as "blossomed": found despite the edit
      ['orphan', 'The soundtrack by Arcade Fire is the quiet heart of the film'], // orphans print the saved quote
    ]);
    // The second "high-waisted" (by its context), not the first.
    expect(lines[2].start).toBe(pageText.lastIndexOf('high-waisted'));
  });

  it('anchors a Hypothesis export on the demo page', async () => {
    const { code, stdout } = await anchor(page, fixture('her-review.hypothesis-export.json'));
    expect(code).toBe(0);
    const lines = check(stdout);
    expect(lines.map((l) => [l.id, l.status])).toEqual([
      ['Kz3mQbq8Ee6TAt8Lq1aHxw', 'placed'],
      ['Lp0aTrq8Ee6TAt8Lq1aHxw', 'placed'],
      ['Mq9bUsq8Ee6TAt8Lq1aHxw', 'placed'],
      ['Nr8cVtq8Ee6TAt8Lq1aHxw', 'orphan'], // a page note has nothing to anchor
    ]);
    expect(lines[1].text).toBe('arrives at the film’s dénouement');
  });

  it('fails with a clear message and exit code 1 on unreadable input', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'anchor-cli-'));
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"rows": [ oops');
    const odd = path.join(dir, 'odd.json');
    writeFileSync(odd, '{"hello": "world"}');
    const results = await Promise.all([anchor(page, bad), anchor(page, odd), anchor(path.join(dir, 'missing.html'), bad), anchor(page)]);
    expect(results.map((r) => r.code)).toEqual([1, 1, 1, 1]);
    expect(results[0].stderr).toMatch(/bad\.json is not valid JSON/);
    expect(results[1].stderr).toMatch(/Unrecognised annotation JSON/);
    expect(results[2].stderr).toMatch(/cannot read page .*missing\.html/);
    expect(results[3].stderr).toMatch(/usage: anchor PAGE\.html ANNOTATIONS\.json/);
    for (const r of results) expect(r.stdout).toBe('');
  });
});
