/**
 * Pagefind's excerpts are HTML: the page text with entities encoded and the
 * matched words in <mark>. The search page turns them into text and marked
 * pieces and builds the DOM from those, so no excerpt is ever parsed as HTML.
 */
export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Any tag other than <mark> and </mark> is dropped; text between tags is decoded. */
export function excerptPieces(excerpt: string): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<\/?[a-z][^>]*>)/i)) {
    if (part.startsWith('<')) {
      if (/^<mark\b/i.test(part)) mark = true;
      else if (/^<\/mark/i.test(part)) mark = false;
      continue;
    }
    if (part === '') continue;
    const text = decodeEntities(part);
    const last = pieces[pieces.length - 1];
    if (last && last.mark === mark) last.text += text;
    else pieces.push({ text, mark });
  }
  return pieces;
}
