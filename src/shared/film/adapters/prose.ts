/**
 * The entry content's prose: "starring X", "directed by X", "this X written and directed film", "X's film",
 * "Character (Actor)", "Actor as Character", "voiced by X", "X-voiced … by Y", "the voice … belongs to X",
 * italicised titles, grades.
 * Every pattern is linear: names are at most four tokens, look-behinds are cut to 80 characters.
 */
import type { Adapter, Evidence } from '../context';
import type { CastMember } from '../types';
import { looksLikeName, sameName, trimLead } from '../names';
import { clean, tidyTitle, wordCount } from '../text';
import { makeRating } from './schema-common';

const UP = 'A-Z\\u00C0-\\u00DE';
// A name token: "Phoenix", "O'Brien", "Gordon-Levitt", "Kang-ho", or an initial "J." / "M.".
const TOK = `(?:[${UP}]\\.|[${UP}][\\p{L}'’]{0,24}(?:-[${UP}][\\p{L}'’]{0,24}|-(?!(?:and|the|but|who|its|era|ish|led|run|set|like|type)(?!\\p{L}))\\p{Ll}{2,4})?(?!\\p{L}))`;
const PARTICLE = '(?:de|del|della|da|van|von|der|den|di|du|le|la|bin|al|dos|das) ';
const NAME = `${TOK}(?: (?:${PARTICLE})?${TOK}){0,3}(?: Jr\\.| Sr\\.)?`;
const rx = (s: string, f = 'gu') => new RegExp(s, f);

const DIRECTED_BY = rx(`\\b(?:[Ww]ritten and directed|[Cc]o-directed|[Dd]irected|[Hh]elmed) by (${NAME})(?:,? (?:and|&) (${NAME}))?`);
const DIRECTOR_X = rx(`\\b(?:[Dd]irector|[Ff]ilmmaker|[Ww]riter-director|[Ww]riter\\/director|[Aa]uteur)s? (${NAME})(?:,? (?:and|&) (${NAME}))?`);
const THIS_X_DIRECTED = rx(`\\b(?:[Tt]his|[Tt]he|[Aa]n?) (${NAME})(?:-| )(?:written and directed|written-and-directed|directed|helmed) (?:film|movie|feature|drama|comedy|thriller|picture|adaptation|epic)`);
const X_DIRECTED = rx(`\\b(${NAME})-(?:directed|helmed)\\b`);
const X_DIRECTS = rx(`\\b(${NAME}) (?:directs|helms|has directed|has made|has crafted|returns to directing)\\b`);
const X_POSSESSIVE = rx(`\\b(${NAME})['’]s (?:new |latest |last |first |previous )?(?:film|movie|feature|picture|direction|script|screenplay|camera|adaptation|vision|debut)\\b|\\b(${NAME})['’]s [“"‘]\\p{Lu}`);

const STARRING = rx(`\\b(?:[Ss]tarring|[Cc]o-starring|[Ss]tars|[Ff]eaturing|[Ll]ed by|[Cc]ast includes|[Cc]ast of) (${NAME})`);
const LIST_NEXT = rx(`^(?:,? and |, | & )(${NAME})`, 'u');
const PAREN = rx(`\\((${NAME})\\)`);
const RANKED = /^(?:Inspector|Detective|Agent|Officer|Sergeant|Sgt\.|Lieutenant|Lt\.|Captain|Capt\.|Major|Colonel|General|Commander|Admiral|Chief|Sheriff|Deputy|Judge|Senator|President|Governor|Mayor|Doctor|Dr\.|Professor|Prof\.|Nurse|Father|Mother|Sister|Brother|Uncle|Aunt|Aunty|Grandma|Grandpa|King|Queen|Prince|Princess|Lord|Lady|Sir|Dame|Count|Countess|Baron|Duke|Duchess|Emperor|Empress|Mr\.|Mrs\.|Ms\.|Miss) \p{Lu}/u;
const RUN_BEFORE = rx(`(${NAME}) ?$`, 'u');
const AS_ROLE = rx(`\\b(${NAME})(?:,? who plays| plays| stars as| as|,? as| is (?:\\p{Ll}+ ){0,2}as) (?:(?:the|a|an|his|her|their) )?(?:\\p{Ll}+ ){0,2}(${NAME})`);
const IS_ROLE = rx(`\\b(${NAME}) is (?:his|her|their|the) (?:\\p{Ll}+ ){0,2}(${NAME})`);
const PLAYS_ROLE = rx(`\\b(${NAME}) plays (?:his|her|their|the|a|an) \\p{Ll}+`);
const AND_PLAY = rx(`\\b(${NAME}) and (${NAME}) (?:play|star)\\b`);
const VOICED_CHAR = rx(`\\b(${NAME})[-–—, ]+(?:is |who is )?voiced(?: \\p{Ll}+ly)? by (${NAME})`);
const VOICED_BY = rx(`\\b(?:voiced|[Vv]oice(?:d)? work) by (${NAME})`);
const VOICE_OF = rx(`\\b(?:the )?voice of (${NAME})`);
const X_VOICES = rx(`\\b(${NAME}) (?:voices|lends (?:his|her|their) voice to) (${NAME})`);
// "Samantha, the voice in his ear, belongs to Scarlett Johansson"; "a personality, and a voice: Scarlett Johansson's".
const VOICE_BELONGS = rx(`\\b[Tt]he voice(?: [^.;:()]{1,40}?)? belongs to (${NAME})`);
const VOICE_IS_XS = rx(`\\b[Vv]oice: (${NAME})['’]s\\b`);
/**
 * The patterns that begin with a name, each with words every one of its matches contains (`key`). A
 * name-first pattern is tried at every word of the text, so on a long page it is run only around its key
 * words (see `around`).
 */
export const NAME_FIRST = {
  xDirected: { re: X_DIRECTED, key: /-(?:directed|helmed)\b/g },
  xDirects: { re: X_DIRECTS, key: / (?:directs|helms|has directed|has made|has crafted|returns to directing)\b/g },
  xPossessive: {
    re: X_POSSESSIVE,
    key: /['’]s (?:(?:new|latest|last|first|previous) )?(?:film|movie|feature|picture|direction|script|screenplay|camera|adaptation|vision|debut)\b|['’]s [“"‘]\p{Lu}/gu,
  },
  asRole: { re: AS_ROLE, key: / (?:as|plays) /g },
  isRole: { re: IS_ROLE, key: / is (?:his|her|their|the) /g },
  playsRole: { re: PLAYS_ROLE, key: / plays /g },
  andPlay: { re: AND_PLAY, key: / (?:play|star)\b/g },
  voicedChar: { re: VOICED_CHAR, key: /voiced/g },
  xVoices: { re: X_VOICES, key: / (?:voices|lends (?:his|her|their) voice to) /g },
};
const GRADE = /\b(?:[Gg]rade|GRADE)\s*:\s*([A-F][+\-−]?)(?![\w])/;
const STARS_OUT_OF = /\b(\d(?:\.\d)?|10)\s*(?:\/|out of)\s*(5|10|4)\b(?:\s*stars?)?/;
const STAR_GLYPHS = /([★]{1,5})(½)?([☆]{0,5})/;

const STOP_LEAD = /^(?:The|A|An|His|Her|Their|Its|Our|Even|And|But|As|With|While|When|Then|Only|Both|Meanwhile|Here|There|So|This|That|Like|Unlike|Also|Plus|Actor|Actress|Star|Co-star|Newcomer|Villain|Hero|Character|Dad|Mom|Mum)\s+/u;

/** Tokens of a name, initials ("J.") not counted. */
const words = (n: string) => n.split(' ').filter((w) => !/^\p{Lu}\.$/u.test(w)).length;

/** Trim a capitalised run before "(" to the character name: drop sentence words and possessors. */
function characterRun(before: string): string | undefined {
  const m = RUN_BEFORE.exec(before.slice(-80));
  if (!m) return undefined;
  let run = m[1];
  const poss = Math.max(run.lastIndexOf("'s "), run.lastIndexOf('’s '));
  if (poss !== -1) run = run.slice(poss + 3);
  for (let i = 0; i < 3; i++) run = run.replace(STOP_LEAD, '');
  return looksLikeName(run) ? run : undefined;
}

const MAX_MATCHES = 300;
const MAX_CAST = 80;

/** matchAll, but stops after MAX_MATCHES so a hostile page cannot make the pass quadratic. */
export function* matches(text: string, re: RegExp): Generator<RegExpMatchArray & { index: number }> {
  let n = 0;
  for (const m of text.matchAll(re)) {
    if (++n > MAX_MATCHES) return;
    yield m as RegExpMatchArray & { index: number };
  }
}

/** How far a name-first match can reach before its key words (four long tokens and particles) and after them. */
const BEFORE = 160;
const AFTER = 240;
/** A window's matches that start this close to its cut end may be cut short: they are left to the next window. */
const MARGIN = 200;

/**
 * The matches of `re` that `matches(text, re)` would give, found by running `re` only on windows of the
 * text around the matches of `key` (words every match of `re` contains). Windows start and end at spaces,
 * so `\b` and the name tokens see what they would see in the whole text; matches never overlap, as in one
 * scan. On a 120,000-character article this is a few windows instead of a pattern tried at every word.
 */
export function* around(text: string, { key, re }: { key: RegExp; re: RegExp }): Generator<RegExpMatchArray & { index: number }> {
  let n = 0;
  let end = 0; // where the last match given ended
  let covered = -1; // key words at or before this have had every match around them given
  for (const k of text.matchAll(key)) {
    if (k.index! <= covered) continue;
    const start = Math.max(0, k.index! - BEFORE);
    const from = Math.max(end, start === 0 ? 0 : text.lastIndexOf(' ', start) + 1);
    const past = Math.min(text.length, k.index! + k[0].length + AFTER);
    const space = text.indexOf(' ', past);
    const to = past === text.length || space === -1 ? text.length : space;
    const safe = to === text.length ? Infinity : to - MARGIN;
    covered = to === text.length ? Infinity : safe - 1;
    for (const m of text.slice(from, to).matchAll(re)) {
      const at = from + m.index!;
      if (at >= safe) break;
      if (at < end) continue;
      if (++n > MAX_MATCHES) return;
      end = at + m[0].length;
      m.index = at;
      yield m as RegExpMatchArray & { index: number };
    }
  }
}

const GRADES = ['F', 'D-', 'D', 'D+', 'C-', 'C', 'C+', 'B-', 'B', 'B+', 'A-', 'A', 'A+'];

function ratingIn(text: string) {
  const tail = text.slice(-3000);
  const g = GRADE.exec(tail);
  if (g) {
    const v = GRADES.indexOf(g[1].replace('−', '-'));
    if (v >= 0) return { signal: `prose: grade ${g[1]}`, rating: makeRating(v, 12, 0) };
  }
  const s = STAR_GLYPHS.exec(text.slice(0, 3000)) ?? STAR_GLYPHS.exec(tail);
  if (s) {
    const v = s[1].length + (s[2] ? 0.5 : 0);
    const best = s[1].length + (s[2] ? 1 : 0) + s[3].length;
    if (best >= 4) return { signal: `prose: ${v} stars`, rating: makeRating(v, best, 0) };
  }
  const o = STARS_OUT_OF.exec(tail);
  if (o && /star|rating|score|verdict/i.test(tail.slice(Math.max(0, o.index - 40), o.index + 40))) {
    return { signal: `prose: rated ${o[1]}/${o[2]}`, rating: makeRating(o[1], o[2], 0) };
  }
  return null;
}

interface Hit { name: string; weight: number; why: string }

export interface ProseEvidence extends Evidence {
  /** Italic phrases of the content, most frequent first. */
  italics: Italic[];
}

/** Run the prose patterns over `text`; `known` are trusted person spellings (tags, structured data). */
export function readProse(text: string, known: string[] = []): { directors: Hit[]; cast: CastMember[]; hits: string[] } {
  const directors: Hit[] = [];
  const cast: CastMember[] = [];
  const hits: string[] = [];
  const add = (m: CastMember, why: string) => {
    m.name = trimLead(m.name);
    if (cast.length >= MAX_CAST || !looksLikeName(m.name)) return;
    if (m.character && (!looksLikeName(m.character) || sameName(m.character, m.name))) delete m.character;
    cast.push(m);
    if (hits.length < 40) hits.push(`prose: ${why} ${m.name}`);
  };
  const dir = (name: string | undefined, weight: number, why: string) => {
    if (!name || directors.length >= MAX_CAST) return;
    name = trimLead(name);
    if (!looksLikeName(name)) return;
    directors.push({ name, weight, why });
    if (hits.length < 40) hits.push(`prose: ${why} ${name}`);
  };
  for (const m of matches(text, DIRECTED_BY)) { dir(m[1], 3, 'directed by'); dir(m[2], 3, 'directed by'); }
  for (const m of matches(text, DIRECTOR_X)) { dir(m[1], 3, 'director'); dir(m[2], 3, 'director'); }
  for (const m of matches(text, THIS_X_DIRECTED)) dir(m[1], 3, 'directed film by');
  for (const m of around(text, NAME_FIRST.xDirected)) dir(m[1], 3, 'directed by');
  for (const m of around(text, NAME_FIRST.xDirects)) dir(m[1], m[1].includes(' ') ? 3 : 1.5, 'film by');
  for (const m of around(text, NAME_FIRST.xPossessive)) {
    const n = m[1] ?? m[2];
    dir(n, n.includes(' ') ? 2.5 : 1, 'film by');
  }

  for (const m of matches(text, STARRING)) {
    add({ name: m[1] }, 'starring');
    let rest = text.slice(m.index + m[0].length, m.index + m[0].length + 400);
    for (let i = 0; i < 8; i++) {
      const n = LIST_NEXT.exec(rest);
      if (!n) break;
      add({ name: n[1] }, 'starring');
      rest = rest.slice(n[0].length);
    }
  }
  for (const m of around(text, NAME_FIRST.voicedChar)) add({ name: m[2], character: m[1], voice: true }, 'voiced by');
  for (const m of matches(text, VOICED_BY)) add({ name: m[1], voice: true }, 'voiced by');
  for (const m of matches(text, VOICE_OF)) add({ name: m[1], voice: true }, 'voice of');
  for (const m of around(text, NAME_FIRST.xVoices)) add({ name: m[1], character: m[2], voice: true }, 'voices');
  for (const m of matches(text, VOICE_BELONGS)) {
    const character = characterRun(text.slice(Math.max(0, m.index - 80), m.index).replace(/[,–—] ?$/u, ''));
    add({ name: m[1], voice: true, ...(character ? { character } : {}) }, 'voice belongs to');
  }
  for (const m of matches(text, VOICE_IS_XS)) add({ name: m[1], voice: true }, 'voice of');

  const isKnown = (n: string) => known.some((k) => sameName(k, n)) || cast.some((c) => sameName(c.name, n));
  for (const m of around(text, NAME_FIRST.asRole)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/\b(?:such|known|same|well|so)\s*$/i.test(before)) continue;
    const actor = m[1].replace(STOP_LEAD, '');
    if (actor.split(' ').length < 2 && !isKnown(actor)) continue;
    add({ name: actor, character: m[2].replace(STOP_LEAD, '') }, 'as');
  }
  for (const m of around(text, NAME_FIRST.isRole)) if (trimLead(m[1]).includes(' ')) add({ name: m[1], character: m[2] }, 'is');
  for (const m of around(text, NAME_FIRST.playsRole)) if (m[1].includes(' ')) add({ name: m[1].replace(STOP_LEAD, '') }, 'plays');
  for (const m of around(text, NAME_FIRST.andPlay)) {
    if (m[1].includes(' ') || isKnown(m[1])) add({ name: m[1] }, 'play');
    add({ name: m[2] }, 'play');
  }
  for (const m of matches(text, PAREN)) {
    const inner = m[1];
    if (/^(?:[A-Z]+|I|II|III|IV|The|A|An|Dir|Director|Trailer|Pictured|Photo|Credit|Spoilers?)$/.test(inner)) continue;
    const outer = characterRun(text.slice(Math.max(0, m.index - 80), m.index));
    // "The protagonist (Nate)": a lone first name in brackets is a character's; an actor is named in full.
    if (!outer) {
      if (inner.includes(' ') || isKnown(inner)) add({ name: inner }, '(actor)');
    } else if (isKnown(inner)) add({ name: inner, character: outer }, '(actor)');
    else if (isKnown(outer)) add({ name: outer, character: inner }, '(character)');
    // "Inspector Jamal Abbas (Arian Moayed)": a rank or title before a name is a character's.
    else if (RANKED.test(outer)) add({ name: inner, character: outer }, '(actor)');
    // "Jaeden Lieberher (Bill)": a shorter name in brackets is the character's.
    else if (words(inner) < words(outer)) add({ name: outer, character: inner }, '(character)');
    else add({ name: inner, character: outer }, '(actor)');
  }
  return { directors, cast, hits };
}

/** Pick directors: strong patterns win; weak ones (possessives) need repetition; surname-only mentions count. */
export function chooseDirectors(hits: Hit[], cast: CastMember[]): string[] {
  const groups: Array<{ name: string; w: number }> = [];
  const full = hits.filter((h) => h.name.includes(' '));
  for (const h of [...full, ...hits.filter((h) => !h.name.includes(' '))]) {
    const g = groups.find((x) => sameName(x.name, h.name));
    if (g) g.w += h.weight;
    else groups.push({ name: h.name, w: h.weight });
  }
  const ok = groups.filter((g) => g.w >= 2.5 && g.name.includes(' ') && !cast.some((c) => sameName(c.name, g.name)));
  ok.sort((a, b) => b.w - a.w);
  return ok.slice(0, 3).map((g) => g.name);
}

export interface Italic { text: string; count: number; year: number | null }

const YEAR_NEXT = /^\s*[([]\s*((?:18|19|20)\d\d)\s*[)\]]/;

/** Italic phrases (i, em, cite) of the content, most frequent first, with a "(2013)" that follows one. */
export function italics(root: Element | null): Italic[] {
  if (!root) return [];
  const found = new Map<string, Italic>();
  for (const el of Array.from(root.querySelectorAll('i, em, cite')).slice(0, 400)) {
    const t = tidyTitle(clean(el.textContent, 120));
    if (!t || wordCount(t) > 10 || !/^[\p{Lu}\d]/u.test(t)) continue;
    const it = found.get(t) ?? { text: t, count: 0, year: null };
    it.count++;
    const y = YEAR_NEXT.exec((el.nextSibling?.textContent ?? '').slice(0, 20));
    if (y) it.year = Number(y[1]);
    found.set(t, it);
  }
  return [...found.values()].sort((a, b) => b.count - a.count);
}

const FILM_TALK = /\b(?:film|movie|cinema|director|screenplay|cinematography|performances?|scenes?|screen|cast|plot|audiences?)\b/gi;

export const prose: Adapter = (ctx) => {
  const text = ctx.text;
  const ev: ProseEvidence = { source: 'prose', signals: [], score: 0, italics: italics(ctx.content) };
  if (!text) return ev;
  const { directors, cast, hits } = readProse(text, ctx.taxonomy);
  ev.directors = chooseDirectors(directors, cast);
  ev.cast = cast;
  const strong = new Set(hits).size;
  ev.score += Math.min(2.5, strong * 0.5);
  ev.signals.push(...[...new Set(hits)].slice(0, 8));
  let talk = 0;
  for (const _ of text.slice(0, 50_000).matchAll(FILM_TALK)) if (++talk >= 40) break;
  if (talk >= 6) {
    ev.score += 1;
    ev.signals.push(`prose: film vocabulary (${talk}${talk >= 40 ? '+' : ''} words)`);
  }
  const r = ratingIn(text);
  if (r?.rating) {
    ev.score += 1;
    ev.signals.push(r.signal);
    ev.review = { rating: r.rating };
  }
  return ev;
};
