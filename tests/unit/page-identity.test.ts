import { describe, expect, it } from 'vitest';
import { cleanUrl, pageIdFor } from '../../src/shared/page-identity';

describe('page identity', () => {
  it('drops the fragment and tracking parameters, keeps the rest', () => {
    expect(cleanUrl('https://blog.example/her/?utm_source=x&utm_medium=y#comments')).toBe('https://blog.example/her/');
    expect(cleanUrl('https://blog.example/her/?fbclid=abc&p=12')).toBe('https://blog.example/her/?p=12');
    expect(cleanUrl('ftp://blog.example/x')).toBeNull();
    expect(cleanUrl('not a url')).toBeNull();
  });

  it('uses a canonical link within the page\'s own origin; an http: page may name its https: twin', () => {
    expect(pageIdFor('https://blog.example/her/amp/?utm_source=x', 'https://blog.example/her/#top')).toBe('https://blog.example/her/');
    expect(pageIdFor('http://blog.example/her/', 'https://blog.example/her/')).toBe('https://blog.example/her/');
    expect(pageIdFor('http://127.0.0.1:8420/a', 'https://127.0.0.1:8420/her')).toBe('https://127.0.0.1:8420/her');
  });

  it('ignores a canonical link on another scheme downgrade, port, host or subdomain', () => {
    // https: never names its http: twin (a downgrade is not the same page).
    expect(pageIdFor('https://blog.example/her/', 'http://blog.example/her/')).toBe('https://blog.example/her/');
    // Another port on the same host name is another origin.
    expect(pageIdFor('http://127.0.0.1:9000/evil', 'http://127.0.0.1:8420/her')).toBe('http://127.0.0.1:9000/evil');
    // http: to https: is allowed only for the same host.
    expect(pageIdFor('http://evil.example/x', 'https://blog.example/her/')).toBe('http://evil.example/x');
    expect(pageIdFor('https://evil.example/x', 'https://blog.example/her/')).toBe('https://evil.example/x');
    // Subdomains are other origins (and on shared hosts, other authors).
    expect(pageIdFor('https://m.blog.example/her/', 'https://blog.example/her/')).toBe('https://m.blog.example/her/');
    expect(pageIdFor('https://mallory.substack.com/p/her', 'https://ellie.substack.com/p/her')).toBe('https://mallory.substack.com/p/her');
    expect(pageIdFor('https://mallory.blogspot.com/2024/her.html', 'https://ellie.blogspot.com/2024/her.html')).toBe('https://mallory.blogspot.com/2024/her.html');
    expect(pageIdFor('https://mallory.github.io/her', 'https://ellie.github.io/her')).toBe('https://mallory.github.io/her');
  });

  it('on hosts shared by many authors, honours a canonical link only under the same author or publication', () => {
    expect(pageIdFor('https://medium.com/@mallory/her-copy', 'https://medium.com/@ellie/her-review')).toBe('https://medium.com/@mallory/her-copy');
    expect(pageIdFor('https://medium.com/@ellie/her-review-abc?source=rss', 'https://medium.com/@ellie/her-review-abc')).toBe('https://medium.com/@ellie/her-review-abc');
    expect(pageIdFor('https://medium.com/mallorys-mag/her', 'https://medium.com/film-notes/her')).toBe('https://medium.com/mallorys-mag/her');
    expect(pageIdFor('https://medium.com/film-notes/her-123?x=1', 'https://medium.com/film-notes/her-123')).toBe('https://medium.com/film-notes/her-123');
    expect(pageIdFor('https://letterboxd.com/mallory/film/her/', 'https://letterboxd.com/ellie/film/her/')).toBe('https://letterboxd.com/mallory/film/her/');
    expect(pageIdFor('https://sites.google.com/view/mallory/her', 'https://sites.google.com/view/ellie/her')).toBe('https://sites.google.com/view/mallory/her');
    expect(pageIdFor('https://social.example/@mallory/1', 'https://social.example/@ellie/2')).toBe('https://social.example/@mallory/1');
    expect(pageIdFor('https://blog.example/her/', 'not a url')).toBe('https://blog.example/her/');
    expect(pageIdFor('https://blog.example/her/', 'javascript:alert(1)')).toBe('https://blog.example/her/');
  });
});
