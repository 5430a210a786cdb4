import { describe, expect, it } from 'vitest';
import { siteEvidence, urlShape } from '../../../src/shared/film/site-shape';

describe('learning from corrections on a site', () => {
  it('gives dated posts and review folders one shape each', () => {
    expect(urlShape('https://a.example/2014/02/16/her/')?.shape).toBe('/#/#/#/*');
    expect(urlShape('https://a.example/reviews/the-menu/')?.shape).toBe('/reviews/*');
  });

  it('a review the reader marked makes later posts of the same shape on the same site count', () => {
    const taught = [{ url: 'https://a.example/2014/02/16/her/', isReview: true }];
    expect(siteEvidence('https://a.example/2015/03/01/selma/', taught)).toBe(1);
    expect(siteEvidence('https://b.example/2015/03/01/selma/', taught)).toBe(0);
    expect(siteEvidence('https://a.example/about/', taught)).toBe(0);
    expect(siteEvidence('https://a.example/2014/02/16/her/', taught)).toBe(0);
  });

  it('"not a review" teaches the other way; mixed lessons cancel', () => {
    const no = [{ url: 'https://a.example/news/x-y/', isReview: false }];
    expect(siteEvidence('https://a.example/news/z-w/', no)).toBe(-1);
    expect(siteEvidence('https://a.example/news/z-w/', [...no, { url: 'https://a.example/news/q-r/', isReview: true }])).toBe(0);
  });
});
