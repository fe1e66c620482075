/**
 * The safe answer format of the knowledge base (see `core/config/schema/chat.ts`): paragraphs
 * separated by a blank line, lines starting with "- " as a list, and [label](url) links.
 * Parsed into data here, rendered by Lit templates in `answer.ts`: no string ever becomes HTML.
 */
export type Inline = { kind: 'text'; text: string } | { kind: 'link'; label: string; url: string };
export type Block = { kind: 'p'; inlines: Inline[] } | { kind: 'ul'; items: Inline[][] };

const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;

/** Text with [label](url) links split into pieces; the url is not checked here (see `safeHref`). */
export function parseInline(line: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of line.matchAll(LINK)) {
    if (m.index! > last) out.push({ kind: 'text', text: line.slice(last, m.index) });
    out.push({ kind: 'link', label: m[1]!, url: m[2]! });
    last = m.index! + m[0].length;
  }
  if (last < line.length) out.push({ kind: 'text', text: line.slice(last) });
  return out;
}

export function parseAnswer(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    let para: string[] = [];
    let list: Inline[][] = [];
    const flushPara = () => {
      if (para.length) blocks.push({ kind: 'p', inlines: parseInline(para.join(' ')) });
      para = [];
    };
    const flushList = () => {
      if (list.length) blocks.push({ kind: 'ul', items: list });
      list = [];
    };
    for (const line of lines) {
      if (line.startsWith('- ')) {
        flushPara();
        list.push(parseInline(line.slice(2).trim()));
      } else {
        flushList();
        para.push(line);
      }
    }
    flushPara();
    flushList();
  }
  return blocks;
}

/** The answer as plain text (for the shared history and the desk): links become "label (url)". */
export function answerToPlainText(source: string): string {
  return parseAnswer(source)
    .map((b) => {
      const inl = (xs: Inline[]) => xs.map((x) => (x.kind === 'text' ? x.text : `${x.label} (${x.url})`)).join('');
      return b.kind === 'p' ? inl(b.inlines) : b.items.map((i) => `- ${inl(i)}`).join('\n');
    })
    .join('\n\n');
}
