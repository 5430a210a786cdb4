import { describe, expect, it } from 'vitest';
import { cleanUrl, pageIdFor } from '../../src/shared/page-identity';

describe('page identity', () => {
  it('drops the fragment and tracking parameters, keeps the rest', () => {
    expect(cleanUrl('https://blog.example/her/?utm_source=x&utm_medium=y#comments')).toBe('https://blog.example/her/');
    expect(cleanUrl('https://blog.example/her/?fbclid=abc&p=12')).toBe('https://blog.example/her/?p=12');
    expect(cleanUrl('ftp://blog.example/x')).toBeNull();
    expect(cleanUrl('not a url')).toBeNull();
  });

  it('uses a canonical link on the same site, including its mobile and AMP hosts', () => {
    expect(pageIdFor('https://m.blog.example/her/?m=1', 'https://blog.example/her/')).toBe('https://blog.example/her/');
    expect(pageIdFor('https://blog.example/her/amp/', 'https://www.blog.example/her/')).toBe('https://www.blog.example/her/');
  });

  it('ignores a canonical link claiming another site or another author on a shared host', () => {
    expect(pageIdFor('https://evil.example/x', 'https://blog.example/her/')).toBe('https://evil.example/x');
    expect(pageIdFor('https://medium.com/@mallory/her-copy', 'https://medium.com/@ellie/her-review')).toBe('https://medium.com/@mallory/her-copy');
    expect(pageIdFor('https://medium.com/@ellie/her-review-abc?source=rss', 'https://medium.com/@ellie/her-review-abc')).toBe('https://medium.com/@ellie/her-review-abc');
  });
});
