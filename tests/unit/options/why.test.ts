import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/options/model/library-model';
import { groupPeople } from '../../../src/options/model/grouping';
import { highlightReasons, pageReasons, personMatches, personReasons } from '../../../src/options/model/why';
import { markdownText } from '../../../src/ui/markdown';
import { highlight, page } from './fixtures';

const her = page(1, { title: 'Her', year: 2013, directors: ['Spike Jonze'], cast: [{ name: 'Scarlett Johanssen', character: 'Samantha' }, { name: 'Joaquin Phoenix', character: 'Theodore' }] }, {}, { tags: ['romance'], note: 'The **letters**!' });
const model = buildModel({ pages: [her], highlights: [highlight('h1', her, 'He writes letters.', { note: 'premise' })], films: [] });
const needle = (term: string, ...near: string[]) => [{ term, near }];

describe('why a record matched', () => {
  it('names the field of a page: cast, character, tag, note, passages', () => {
    const row = model.pages[0];
    expect(pageReasons(row, needle('johansson', 'johanssen'))).toEqual(['cast: Scarlett Johanssen']);
    expect(pageReasons(row, needle('teodore', 'theodore'))).toEqual(['character: Theodore (Joaquin Phoenix)']);
    expect(pageReasons(row, needle('roman'))).toEqual(['tag: romance']);
    expect(pageReasons(row, needle('letters'), () => true)).toEqual(['in the note', 'in a passage']);
    expect(pageReasons(row, needle('her'))).toEqual(['in the title']);
  });
  it('says whether a passage matched in its text or its note', () => {
    expect(highlightReasons(model.highlights[0], needle('letter'))).toEqual(['in the passage']);
    expect(highlightReasons(model.highlights[0], needle('premise'))).toEqual(['in its note']);
  });
  it('a person matches by name or character, and says which', () => {
    const [scarlett, joaquin] = groupPeople(model.pages).filter((p) => p.name !== 'Spike Jonze');
    expect(personMatches(scarlett, needle('johansson', 'johanssen'))).toBe(true);
    expect(personMatches(joaquin, needle('johansson', 'johanssen'))).toBe(false);
    expect(personReasons(joaquin, needle('theo'))).toEqual(['plays Theodore in Her']);
  });
});

describe('markdownText', () => {
  it('keeps the words of a note and drops its syntax', () => {
    expect(markdownText('Loved the **melancholy** tone.\n- Phoenix is *great*\n- see [the film](https://x.example)\n> `quote`')).toBe(
      'Loved the melancholy tone. • Phoenix is great • see the film quote',
    );
  });
});
