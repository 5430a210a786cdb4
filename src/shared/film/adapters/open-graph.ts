/** Open Graph: og:type video.movie with video:director / video:actor / video:release_date. */
import type { Adapter } from '../context';
import { meta, metaAll } from '../context';
import { splitYear, yearOf } from '../text';

/** video:director / video:actor usually hold profile URLs; keep only values that read as names. */
function names(vals: string[]): string[] {
  return vals.filter((v) => !/^https?:|\//.test(v));
}

export const openGraph: Adapter = (ctx) => {
  const type = meta(ctx.doc, 'og:type').toLowerCase();
  if (type === 'video.movie') {
    const { title, year } = splitYear(meta(ctx.doc, 'og:title'));
    const y = yearOf(meta(ctx.doc, 'video:release_date')) ?? year;
    return {
      source: 'open-graph',
      signals: ['og:type video.movie'],
      score: 1,
      structured: true,
      title: title || undefined,
      titleWeight: 6,
      ...(y ? { year: y } : {}),
      directors: names(metaAll(ctx.doc, 'video:director')),
      cast: names(metaAll(ctx.doc, 'video:actor')).map((name) => ({ name })),
    };
  }
  if (type.startsWith('video.tv') || type === 'book' || type === 'restaurant.restaurant' || type.startsWith('music.')) {
    return { source: 'open-graph', signals: [`og:type ${type}, not a film`], score: -4 };
  }
  return null;
};
