/**
 * A small library as a reader of issue 15 has it: two saved reviews of *Her*
 * (one spelling "Johanssen", as the review did) and one of *Lost in
 * Translation*, with critics and their ratings, a Markdown note, passages and
 * a Letterboxd rating. Imported through `library/import` like a backup.
 */
const DAY = 86_400_000;
const T0 = Date.UTC(2025, 2, 1, 12);

function pageRecord(n: number, postTitle: string, film: object, review: object, entry: Record<string, unknown>) {
  const url = `https://critic${n}.example/post/${n}`;
  return {
    id: url,
    url,
    aliases: [],
    site: `critic${n}.example`,
    postTitle,
    detection: { isReview: true, confidence: 0.9, signals: ['test'], film, review },
    correction: null,
    entry: { rating: null, liked: false, rewatch: false, watchedDate: null, tags: [], note: '', ...entry },
    createdAt: T0 + n * DAY,
    updatedAt: T0 + n * DAY,
  };
}

function highlight(id: string, page: { id: string; createdAt: number }, text: string, note = '') {
  return {
    id,
    pageId: page.id,
    text,
    selectors: [{ type: 'TextQuoteSelector', exact: text }],
    color: 'yellow',
    note,
    lastStatus: 'placed',
    createdAt: page.createdAt + 1000,
    updatedAt: page.createdAt + 1000,
  };
}

const her = { title: 'Her', year: 2013, directors: ['Spike Jonze'], cast: [{ name: 'Joaquin Phoenix', character: 'Theodore' }, { name: 'Scarlett Johanssen', character: 'Samantha' }] };

export const HER_1 = pageRecord(1, 'Her review: a love letter', her, { author: 'Anna Critic', rating: { value: 8, best: 10, worst: 0, normalized: 4 } }, {
  rating: 4.5,
  tags: ['romance'],
  watchedDate: '2024-02-14',
  note: 'Loved the **melancholy** tone.\n- Phoenix is great\n- the letters',
});
export const HER_2 = pageRecord(2, 'Her, ten years on', { ...her, cast: [] }, { author: 'Ben Reviewer', rating: { value: 3, best: 5, worst: 1, normalized: 3 } }, {
  rating: 3.5,
  watchedDate: '2025-01-05',
});
export const LOST = pageRecord(
  3,
  'Lost in Translation review',
  { title: 'Lost in Translation', year: 2003, directors: ['Sofia Coppola'], cast: [{ name: 'Bill Murray', character: 'Bob' }, { name: 'Scarlett Johansson', character: 'Charlotte' }] },
  { author: 'Anna Critic', rating: { value: 5, best: 5, worst: 0, normalized: 5 } },
  { rating: 3, tags: ['tokyo'] },
);

export const READER_BACKUP = {
  format: 'reel-notes-backup',
  version: 1,
  exportedAt: '2025-03-10T00:00:00.000Z',
  pages: [HER_1, HER_2, LOST],
  highlights: [
    highlight('r-1', HER_1, 'He writes letters for other people.', 'the premise'),
    highlight('r-2', HER_1, 'Samantha laughs in the dark.'),
    highlight('r-3', HER_1, 'The city glows at night.'),
    highlight('r-4', LOST, 'Bob and Charlotte whisper in the hotel bar.'),
  ],
};

export const READER_LETTERBOXD = 'Date,Name,Year,Letterboxd URI,Rating\r\n2024-01-02,Her,2013,https://boxd.it/abc,5\r\n';
