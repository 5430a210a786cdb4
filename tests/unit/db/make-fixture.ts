/**
 * Writes tests/fixtures/db/v<N>.json: the records a database of schema version
 * N holds after real use, made by that version's own repository code. Run it
 * once per shipped schema version, before the next version changes the code:
 *   npx tsx tests/unit/db/make-fixture.ts
 * The migration test loads every such file into a database of its version and
 * opens it with the current code.
 */
import 'fake-indexeddb/auto';
import { openFreshDb } from '../../support/fake-db';
import { writeFileSync } from 'node:fs';
import { DB_VERSION } from '../../../src/shared/db/schema';
import { changePage, editCorrection, editEntry } from '../../../src/shared/db/pages';
import { createHighlight, setStatuses } from '../../../src/shared/db/highlights';
import { importFilms } from '../../../src/shared/db/films';
import { readLetterboxdFiles } from '../../../src/shared/formats/letterboxd-read';

/** Letterboxd files through the current import (v2 and v3 had their own: see the fixtures they wrote). */
const putFilmRatings = (files: { path: string; text: string }[], at: number) => importFilms(db, readLetterboxdFiles(files).items, at);

const db = await openFreshDb('fixture');
const herDetection = {
  isReview: true,
  confidence: 0.98,
  signals: ['post title', 'prose: starring Joaquin Phoenix'],
  film: {
    title: 'Her',
    year: 2013,
    directors: ['Spike Jonze'],
    cast: [
      { name: 'Joaquin Phoenix', character: 'Theodore Twombly' },
      { name: 'Scarlett Johansson', character: 'Samantha', voice: true, pageSpelling: 'Scarlett Johanssen' },
    ],
  },
  review: { author: 'Ellie', published: '2014-02-16' },
};
const seed = (pageId: string, title: string) => ({ pageId, url: `${pageId}?utm_source=feed`, title, detection: title === 'Her' ? herDetection : null });
await changePage(db, seed('https://ellie.example/2014/02/her/', 'Her'), editEntry({ rating: { from: null, to: 3.5 }, liked: { from: false, to: true }, note: { from: '', to: 'Phoenix carries it.\n\n**Letters** scenes!' }, tags: { add: ['sci-fi', 'romance'], remove: [] }, watchedDate: { from: null, to: '2014-02-15' } }, () => undefined));
await changePage(db, seed('https://blog.example/up-review', 'Up review'), editCorrection({ correction: { from: null, to: { isReview: true, film: { title: 'Up', year: 2009, directors: ['Pete Docter'] } } } }, () => undefined));
const h1 = await createHighlight(db, seed('https://ellie.example/2014/02/her/', 'Her'), {
  text: 'an air of melancholy',
  selectors: [
    { type: 'TextQuoteSelector', exact: 'an air of melancholy', prefix: 'in the near future carries ', suffix: ' as it delves into the romant' },
    { type: 'TextPositionSelector', start: 120, end: 140 },
  ],
  color: 'yellow',
  note: 'the mood <b>exactly</b>',
});
await createHighlight(db, seed('https://blog.example/up-review', 'Up review'), {
  text: 'Married Life',
  selectors: [{ type: 'TextQuoteSelector', exact: 'Married Life', prefix: 'the ', suffix: ' sequence' }],
  color: 'pink',
  note: '',
});
await setStatuses(db, [{ id: h1.id, status: 'orphan' }]);
// v2 on: films rated in Letterboxd.
await putFilmRatings([{ path: 'diary.csv', text: 'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n2024-03-02,Her,2013,https://boxd.it/4a9e,4.5,Yes,"romance, sci-fi",2024-03-01\n' }], 1_710_000_000_000);
// v3 on: a diary with two watches of one film (the v3 code folds them into one record) and a watchlist row it stores as a watch.
await putFilmRatings([{ path: 'diary.csv', text: 'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n2021-05-01,Rain,2019,https://boxd.it/aaa1,3,,,2021-04-30\n2022-06-01,Rain,2019,https://boxd.it/aaa2,4,Yes,favourites,2022-06-01\n' }], 1_720_000_000_000);
await putFilmRatings([{ path: 'watchlist.csv', text: 'Date,Name,Year,Letterboxd URI\n2023-01-02,Stalker,1979,https://boxd.it/2bTc\n' }], 1_720_000_000_000);
const fixture = {
  version: DB_VERSION,
  pages: await db.getAll('pages'),
  highlights: await db.getAll('highlights'),
  films: await db.getAll('films'),
};
writeFileSync(`tests/fixtures/db/v${DB_VERSION}.json`, JSON.stringify(fixture, null, 2) + '\n');
console.log(`wrote tests/fixtures/db/v${DB_VERSION}.json`);
