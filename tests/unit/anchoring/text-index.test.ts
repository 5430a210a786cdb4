import { describe as suite, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import {
  buildTextIndex,
  describe,
  describeOffsets,
  normaliseWhitespace,
  offsetOf,
  rangeFor,
  rangeOffsets,
  type TextQuoteSelector,
} from '../../../src/shared/anchoring';

const dom = (body: string) => new JSDOM(`<!doctype html><body>${body}</body>`).window.document;

suite('text index', () => {
  it('collapses whitespace runs to one space, across nodes, with no leading space', () => {
    const doc = dom('  <p>  Hello,\n\t <em> brave </em>\u00a0 new   world </p>');
    expect(buildTextIndex(doc.body).text).toBe('Hello, brave new world');
  });

  it('puts one space between blocks whether or not the markup has whitespace', () => {
    const a = buildTextIndex(dom('<p>One.</p><p>Two.</p><ul><li>Three</li><li>Four</li></ul>line<br>break').body);
    const b = buildTextIndex(dom('<p>One.</p>\n\n<p>Two.</p>\n<ul>\n <li>Three</li>\n <li>Four</li>\n</ul>line<br>\nbreak').body);
    expect(a.text).toBe('One. Two. Three Four line break');
    expect(b.text).toBe(a.text);
  });

  it('skips script, style, noscript, template, textarea and our own UI host', () => {
    const doc = dom(
      '<p>Keep<script>var x = "no";</script> this</p><style>p{}</style><noscript>no js</noscript>' +
        '<template><p>tpl</p></template><textarea>draft</textarea><reel-notes-ui>Save highlight</reel-notes-ui><p>text</p>',
    );
    expect(buildTextIndex(doc.body).text).toBe('Keep this text');
  });

  it('uses the same whitespace function as capture', () => {
    expect(normaliseWhitespace(' a \n\t b\u00a0\u2003c ')).toBe(' a b c ');
  });

  it('maps every offset back to the DOM and back again', () => {
    const doc = dom('<p>  The <b>quick</b>  brown\n fox</p><p>jumps <i>over</i></p>  <div> the   lazy dog </div>');
    const index = buildTextIndex(doc.body);
    const { text } = index;
    expect(text).toBe('The quick brown fox jumps over the lazy dog');
    const squash = (x: string) => x.replace(/\s+/g, '');
    for (let s = 0; s < text.length; s++) {
      for (let e = s + 1; e <= text.length; e++) {
        const r = rangeFor(index, s, e);
        // The DOM has no character for a break between blocks; everything else is the same.
        expect(squash(r.toString())).toBe(squash(text.slice(s, e)));
        const o = rangeOffsets(index, r);
        expect(text.slice(o.start, o.end).trim()).toBe(text.slice(s, e).trim());
      }
    }
  });

  it('maps element boundary points to the next text', () => {
    const doc = dom('<p>ab</p><p id="x">cd</p>');
    const index = buildTextIndex(doc.body);
    expect(offsetOf(index, doc.getElementById('x')!, 0)).toBe(3);
    expect(offsetOf(index, doc.body, doc.body.childNodes.length)).toBe(index.text.length);
  });
});

suite('describe', () => {
  it('trims the selection and saves ~32 characters of context each side', () => {
    const doc = dom(`<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing. '.repeat(2)}The <em>chosen</em> words\n here. And then more text follows after the words for context.</p>`);
    const index = buildTextIndex(doc.body);
    const s = index.text.indexOf('The chosen');
    const r = rangeFor(index, s - 1, s + 'The chosen words here.'.length + 1);
    const [quote, pos] = describe(index, r)!;
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'The chosen words here.',
      prefix: index.text.slice(s - 32, s),
      suffix: index.text.slice(s + 22, s + 22 + 32),
    });
    expect((quote as TextQuoteSelector).prefix).toHaveLength(32);
    expect(pos).toEqual({ type: 'TextPositionSelector', start: s, end: s + 22 });
  });

  it('returns null for an empty or whitespace-only selection', () => {
    const doc = dom('<p>a   b</p>');
    const index = buildTextIndex(doc.body);
    const r = doc.createRange();
    r.setStart(doc.body.querySelector('p')!.firstChild!, 1);
    r.setEnd(doc.body.querySelector('p')!.firstChild!, 4);
    expect(describe(index, r)).toBeNull();
    expect(describeOffsets(index, 0, 0)).toBeNull();
  });

  it('describes a selection spanning paragraphs and inline markup', () => {
    const doc = dom('<p>First <a href="#">linked</a> paragraph ends.</p><p>Second <strong>starts</strong> here.</p>');
    const index = buildTextIndex(doc.body);
    const r = doc.createRange();
    r.setStart(doc.querySelector('a')!.firstChild!, 2);
    r.setEnd(doc.querySelector('strong')!.firstChild!, 3);
    expect((describe(index, r)![0] as TextQuoteSelector).exact).toBe('nked paragraph ends. Second sta');
  });
});
