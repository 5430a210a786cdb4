/** Ways to break a valid input: structural mutations of parsed JSON, and damage to text. */
import type { Rng } from './random';

type Json = unknown;
type Path = (string | number)[];

/** Every path into a JSON value (containers and leaves). */
function paths(value: Json, limit = 5_000): Path[] {
  const out: Path[] = [];
  const walk = (v: Json, p: Path) => {
    // Deep nesting made by an earlier mutation is not walked into: the walk would overflow the stack.
    if (out.length >= limit || p.length > 60) return;
    out.push(p);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i]));
    else if (v && typeof v === 'object') for (const k of Object.keys(v)) walk((v as Record<string, Json>)[k], [...p, k]);
  };
  walk(value, []);
  return out;
}

function getAt(root: Json, path: Path): Json {
  let v = root as Record<string | number, Json>;
  for (const k of path) v = v[k] as Record<string | number, Json>;
  return v;
}

function setAt(root: Json, path: Path, value: Json | typeof DELETE): Json {
  if (path.length === 0) return value === DELETE ? undefined : value;
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1];
  if (value === DELETE) {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete parent[key];
  } else {
    Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return root;
}

const DELETE = Symbol('delete');

function nested(depth: number, asArray: boolean): Json {
  let v: Json = 1;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
}

const ODD_VALUES: Json[] = [
  null, true, false, 0, -1, 1.5, 1e308, -1e-308, Number.MAX_SAFE_INTEGER + 2, '', ' ', 'x', '0', 'null', '2024-13-45',
  'javascript:alert(1)', '<script>alert(1)</script>', '\u0000', '\ud800', [], [null], {}, { __proto__: { polluted: true } }, [[[]]],
];

/** A structural mutation of a parsed JSON value (the value is changed in place and returned). */
export function mutateJson(r: Rng, root: Json): { value: Json; how: string } {
  const all = paths(root);
  const path = r.pick(all);
  const at = path.join('.') || '(root)';
  switch (r.int(0, 9)) {
    case 0: return { value: setAt(root, path, r.pick(ODD_VALUES)), how: `odd value at ${at}` };
    case 1: return { value: path.length ? setAt(root, path, DELETE) : root, how: `deleted ${at}` };
    case 2: return { value: setAt(root, path, 'x'.repeat(r.pick([30_000, 250_000, 2_000_000]))), how: `huge string at ${at}` };
    case 3: return { value: setAt(root, path, nested(r.pick([100, 5_000, 50_000]), r.chance(0.5))), how: `deep nesting at ${at}` };
    case 4: {
      const target = getAt(root, path);
      if (target && typeof target === 'object' && !Array.isArray(target)) {
        const key = r.pick(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']);
        Object.defineProperty(target, key, { value: { polluted: true, toString: 'x' }, enumerable: true, writable: true, configurable: true });
        return { value: root, how: `key ${key} at ${at}` };
      }
      return { value: setAt(root, path, r.pick(ODD_VALUES)), how: `odd value at ${at}` };
    }
    case 5: {
      const target = getAt(root, path);
      if (Array.isArray(target) && target.length) {
        target.push(r.pick(target));
        return { value: root, how: `duplicated an item of ${at}` };
      }
      return { value: setAt(root, path, [target, target]), how: `listed ${at}` };
    }
    case 6: return { value: setAt(root, path, r.pick([NaN, Infinity, -Infinity, -0, 2 ** 53, 0.1 + 0.2])), how: `number edge at ${at}` };
    case 7: {
      const v = getAt(root, path);
      let text: string;
      try {
        text = typeof v === 'string' ? `${v}${r.string(r.int(1, 20))}` : String(v);
      } catch {
        text = 'too deep to print'; // String() of a very deep array overflows the stack
      }
      return { value: setAt(root, path, text), how: `stringified ${at}` };
    }
    case 8: {
      const v = getAt(root, path);
      return { value: setAt(root, path, Array.isArray(v) ? v.slice(0, r.int(0, v.length)).reverse() : [v]), how: `reshaped ${at}` };
    }
    default: {
      const v = getAt(root, path);
      return { value: setAt(root, path, typeof v === 'number' ? -v - 0.5 : typeof v === 'boolean' ? Number(v) : null), how: `flipped ${at}` };
    }
  }
}

/** Damage to serialised text: truncation, byte flips, injected fragments. */
export function damageText(r: Rng, text: string): { value: string; how: string } {
  switch (r.int(0, 5)) {
    case 0: {
      const at = r.int(0, Math.max(0, text.length - 1));
      return { value: text.slice(0, at), how: `truncated at ${at}` };
    }
    case 1: {
      const chars = [...text];
      for (let n = r.int(1, 8); n > 0; n--) chars[r.int(0, chars.length - 1)] = r.pick(['"', '{', '}', '[', ']', ',', ':', '\\', '\u0000', 'é', '\n', 'x', '0']);
      return { value: chars.join(''), how: 'flipped characters' };
    }
    case 2: {
      const at = r.int(0, text.length);
      const bit = r.pick(['"__proto__":{"polluted":true},', '{"constructor":{"prototype":{"polluted":true}}},', '1e999', '"\\ud800"', 'NaN', '/*x*/', '\uFEFF']);
      return { value: text.slice(0, at) + bit + text.slice(at), how: `inserted ${JSON.stringify(bit)}` };
    }
    case 3: return { value: `${'['.repeat(r.pick([1_000, 100_000]))}${text}`, how: 'deep open brackets' };
    case 4: return { value: r.string(r.int(0, 3000)), how: 'random text' };
    default: return { value: text.replace(/"/g, r.pick(["'", '', '""'])), how: 'broken quoting' };
  }
}
