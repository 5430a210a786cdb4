/**
 * The README's map of the code ("How it is built") is what a newcomer reads
 * first: every folder of src/ and every module of the background is on it, so
 * a new folder or module cannot go unmentioned.
 */
import { describe as suite, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const readme = readFileSync('README.md', 'utf8');
const map = readme.slice(readme.indexOf('## How it is built'));
const block = map.slice(map.indexOf('```'), map.indexOf('```', map.indexOf('```') + 3));

function folders(dir: string): string[] {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isDirectory())
    .flatMap((path) => [path, ...folders(path)]);
}

suite("the README's map of the code", () => {
  it('names every folder of src/', () => {
    const missing = folders('src').filter((path) => !block.includes(`${path.split('/').pop()}/`));
    expect(missing.map((p) => relative('.', p))).toEqual([]);
  });

  it('names every module of the background', () => {
    const modules = readdirSync('src/background').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(modules.filter((f) => !block.includes(f))).toEqual([]);
  });
});
