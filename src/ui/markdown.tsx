/**
 * A small Markdown renderer that builds elements, never HTML strings: the
 * reader's notes and page text can never become live markup. Supports
 * paragraphs, line breaks, **bold**, *italic*, `code`, "- " lists, "> " quotes
 * and http(s) links.
 */
import type { ComponentChildren } from 'preact';

const INLINE = /(\*\*[^*\n]+\*\*|\*[^*\n]+\*|`[^`\n]+`|\[[^\]\n]{1,500}\]\([^)\s]{1,2000}\))/g;

/** How plain text inside the Markdown is drawn: as it is, or (the library's search) with matched words marked. */
type Text = (text: string) => ComponentChildren;
const asIs: Text = (t) => t;

function inline(text: string, t: Text = asIs): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index! > last) out.push(t(text.slice(last, m.index)));
    const token = m[0];
    if (token.startsWith('**')) out.push(<strong>{t(token.slice(2, -2))}</strong>);
    else if (token.startsWith('`')) out.push(<code>{t(token.slice(1, -1))}</code>);
    else if (token.startsWith('*')) out.push(<em>{t(token.slice(1, -1))}</em>);
    else {
      const close = token.indexOf('](');
      const label = token.slice(1, close);
      const href = token.slice(close + 2, -1);
      out.push(/^https?:\/\//i.test(href) ? <a href={href} target="_blank" rel="noopener noreferrer">{t(label)}</a> : t(token));
    }
    last = m.index! + token.length;
  }
  if (last < text.length) out.push(t(text.slice(last)));
  return out;
}

/** The words of a Markdown note without its syntax, on one line: for an excerpt where rendered Markdown would not fit. */
export function markdownText(source: string): string {
  return source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/^\s*[-*] /, '• ').replace(/^>\s?/, ''))
    .join('\n')
    .replace(INLINE, (token) => {
      if (token.startsWith('**')) return token.slice(2, -2);
      if (token.startsWith('`') || token.startsWith('*')) return token.slice(1, -1);
      return token.slice(1, token.indexOf(']('));
    })
    .replace(/\s+/g, ' ')
    .trim();
}

type Kind = 'list' | 'quote' | 'text';
const kindOf = (line: string): Kind => (/^\s*[-*] /.test(line) ? 'list' : line.startsWith('>') ? 'quote' : 'text');

/** A block's lines in runs of one kind: a list may follow a line of text without a blank line between, as readers write it. */
function runs(block: string): { kind: Kind; lines: string[] }[] {
  const out: { kind: Kind; lines: string[] }[] = [];
  for (const line of block.split('\n')) {
    const kind = kindOf(line);
    const last = out[out.length - 1];
    if (last?.kind === kind) last.lines.push(line);
    else out.push({ kind, lines: [line] });
  }
  return out;
}

export function Markdown(props: { source: string; text?: Text }) {
  const t = props.text;
  const blocks = props.source.replace(/\r\n?/g, '\n').split(/\n{2,}/).filter((b) => b.trim());
  return (
    <div class="markdown">
      {blocks.flatMap((block, i) =>
        runs(block).map(({ kind, lines }, r) => {
          const key = `${i}.${r}`;
          if (kind === 'list') return <ul key={key}>{lines.map((l, j) => <li key={j}>{inline(l.replace(/^\s*[-*] /, ''), t)}</li>)}</ul>;
          if (kind === 'quote') return <blockquote key={key}>{inline(lines.map((l) => l.replace(/^>\s?/, '')).join(' '), t)}</blockquote>;
          return <p key={key}>{lines.flatMap((l, j) => (j ? [<br key={`b${j}`} />, ...inline(l, t)] : inline(l, t)))}</p>;
        }),
      )}
    </div>
  );
}
