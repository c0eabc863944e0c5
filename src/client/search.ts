/** Reading search answers: the highlight's marked words, and "did you mean" from fuzzy hits. */

export interface HighlightPart {
  readonly text: string;
  readonly marked: boolean;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** A hit's `highlight` as plain text parts, the matched words marked (no HTML needed to show it). */
export function highlightParts(highlight: string): HighlightPart[] {
  return highlight
    .split(/(<mark>.*?<\/mark>)/s)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('<mark>') ? { text: unescape(part.slice(6, -7)), marked: true } : { text: unescape(part), marked: false }));
}

/** Hits whose only match is FUZZY (typos, or some words only): the answer to "did you mean …?". */
export function suggestions<T extends { readonly match: string }>(hits: readonly T[]): T[] {
  return hits.length > 0 && hits.every((h) => h.match === 'FUZZY') ? [...hits] : [];
}
