/**
 * A small Markdown renderer that builds elements, never HTML strings: the
 * reader's notes and page text can never become live markup. Supports
 * paragraphs, line breaks, **bold**, *italic*, `code`, "- " lists, "> " quotes
 * and http(s) links.
 */
import type { ComponentChildren } from 'preact';

function inline(text: string): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  const pattern = /(\*\*[^*\n]+\*\*|\*[^*\n]+\*|`[^`\n]+`|\[[^\]\n]{1,500}\]\([^)\s]{1,2000}\))/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index! > last) out.push(text.slice(last, m.index));
    const token = m[0];
    if (token.startsWith('**')) out.push(<strong>{token.slice(2, -2)}</strong>);
    else if (token.startsWith('`')) out.push(<code>{token.slice(1, -1)}</code>);
    else if (token.startsWith('*')) out.push(<em>{token.slice(1, -1)}</em>);
    else {
      const close = token.indexOf('](');
      const label = token.slice(1, close);
      const href = token.slice(close + 2, -1);
      out.push(/^https?:\/\//i.test(href) ? <a href={href} target="_blank" rel="noopener noreferrer">{label}</a> : token);
    }
    last = m.index! + token.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function Markdown(props: { source: string }) {
  const blocks = props.source.replace(/\r\n?/g, '\n').split(/\n{2,}/).filter((b) => b.trim());
  return (
    <div class="markdown">
      {blocks.map((block, i) => {
        const lines = block.split('\n');
        if (lines.every((l) => /^\s*[-*] /.test(l))) return <ul key={i}>{lines.map((l, j) => <li key={j}>{inline(l.replace(/^\s*[-*] /, ''))}</li>)}</ul>;
        if (lines.every((l) => l.startsWith('>'))) return <blockquote key={i}>{inline(lines.map((l) => l.replace(/^>\s?/, '')).join(' '))}</blockquote>;
        return <p key={i}>{lines.flatMap((l, j) => (j ? [<br key={`b${j}`} />, ...inline(l)] : inline(l)))}</p>;
      })}
    </div>
  );
}
