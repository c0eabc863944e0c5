/**
 * Search as a contract (README, "Search"): the four match classes, the Lucene queries that find each of them, and
 * the highlight that shows why a hit is there. Pure functions; the analysis itself (German words, the parts of
 * compounds, name keys) happens in the index (neo4j/src/main/java/de/strategiegraph/analyzer).
 *
 * User text never reaches Lucene as syntax: a query is built from our own template, and the text enters it only as
 * words (runs of letters, marks and digits, which contain no character with a meaning in Lucene's syntax, and are
 * lower-cased, so that AND/OR/NOT/TO are plain words) or as one quoted phrase in which `"` and `\` are escaped.
 */
import { DomainError } from './errors.js';
import { isNodeKind, type NodeKind } from './kinds.js';

/** Best first: a node counts in the first class it belongs to. */
export const SEARCH_MATCHES = ['EXACT', 'NAME', 'DESCRIPTION', 'FUZZY'] as const;
export type SearchMatch = (typeof SEARCH_MATCHES)[number];

/** A query's words beyond this many are ignored (each word is a clause in every class). */
export const MAX_SEARCH_WORDS = 12;
/** Longer words are matched as they are, never fuzzily (no name has such words; automata grow with length). */
const MAX_FUZZY_LETTERS = 40;

const WORD = /[\p{L}\p{M}\p{Nd}]+/gu;

/** The words of a search text: runs of letters (with their marks) and digits, at most MAX_SEARCH_WORDS. */
export function searchWords(text: string): string[] {
  return (text.match(WORD) ?? []).slice(0, MAX_SEARCH_WORDS).map((w) => w.toLowerCase());
}

/**
 * Edits a word may be away from a word of the text: none up to 3 letters, one for 4–7 letters, two from 8; none for
 * numbers ("2024" is not "2025").
 */
export function fuzzyEdits(word: string): 0 | 1 | 2 {
  const letters = [...word].length;
  if (letters < 4 || letters > MAX_FUZZY_LETTERS || /^\p{Nd}+$/u.test(word)) return 0;
  return letters <= 7 ? 1 : 2;
}

/** A Lucene phrase query for the exact text (`"` and `\` escaped; nothing else has a meaning inside quotes). */
export function toLucenePhrase(text: string): string {
  return `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

export interface SearchQueries {
  /** node_exact: the whole text as one key (analyzer strategiegraph-key-query). */
  readonly exact: string;
  /** node_search: every word in the name or aliases. */
  readonly names: string;
  /** node_search: every word in the name, aliases or description. */
  readonly words: string;
  /**
   * node_search, with compound query words split into their parts (analyzer strategiegraph-german-parts): any word
   * within its edit distance in the name, or any word or part of a word in the name, aliases or description (more
   * words matching score higher).
   */
  readonly fuzzy: string;
  /**
   * node_exact: the whole text as a key within its edit distance of a name's or alias's key ("Deutschlnd ID" is one
   * edit from BundID's alias "DeutschlandID"), or null when the key is too short or only digits. These FUZZY hits
   * come before the others: a typo in a whole name is closer than a few words in common.
   */
  readonly fuzzyKey: string | null;
}

/**
 * The key of a name as the analyzer strategiegraph-key makes it (neo4j/src/…/NameKeyAnalyzer.java): lower case,
 * ä ö ü ß as ae oe ue ss, other diacritics dropped, only letters and digits.
 */
export function nameKey(text: string): string {
  const lower = text.normalize('NFC').toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  return lower.normalize('NFD').replace(/[^\p{L}\p{Nd}]/gu, '');
}

const anyOf = (fields: readonly string[], term: string) => `(${fields.map((f) => `${f}:${term}`).join(' ')})`;
/** node_exact's one field: the name and the aliases, one per line (cypher/schema/node-exact-fulltext.cypher). */
const KEYS_FIELD = 'namesText';
const NAME_FIELDS = ['name', 'aliasesText'];
const TEXT_FIELDS = ['name', 'aliasesText', 'description'];
/**
 * The loose FUZZY class: a word in the name says more than one in the description (Lucene boosts), and typos are
 * looked for in names (a fuzzy term costs Lucene an automaton per field, the dearest part of a search; aliases and
 * descriptions are reached by the words and the parts of words of the query).
 */
const typo = (term: string) => `name:${term}^3`;
const loose = (term: string) => `(name:${term}^3 aliasesText:${term}^2 description:${term})`;

/**
 * The Lucene queries of the four classes for `text`, optionally restricted to `kinds` (the indexes hold `kind` as
 * a keyword). Text without any letter or digit is BAD_USER_INPUT.
 */
export function searchQueries(text: string, kinds: readonly NodeKind[] | null): SearchQueries {
  const words = searchWords(text);
  if (words.length === 0) {
    throw new DomainError('BAD_USER_INPUT', 'The search text has no word (letters or digits).', { argument: 'text' });
  }
  for (const kind of kinds ?? []) if (!isNodeKind(kind)) throw new Error(`${JSON.stringify(kind)} is not a node kind`);
  const only = (query: string) => (kinds === null ? query : `+(${query}) +(${kinds.map((k) => `kind:${k}`).join(' ')})`);
  const all = (fields: readonly string[]) => words.map((w) => `+${anyOf(fields, w)}`).join(' ');
  const fuzzy = words
    .map((w) => {
      const edits = fuzzyEdits(w);
      return edits === 0 ? loose(w) : `(${typo(`${w}~${edits}`)} ${loose(w)})`;
    })
    .join(' ');
  const phrase = toLucenePhrase(text.trim());
  const key = nameKey(text);
  const keyEdits = fuzzyEdits(key);
  return {
    exact: only(`${KEYS_FIELD}:${phrase}`),
    names: only(all(NAME_FIELDS)),
    words: only(all(TEXT_FIELDS)),
    fuzzy: only(fuzzy),
    // A key is letters and digits only: nothing in it has a meaning to Lucene.
    fuzzyKey: keyEdits === 0 ? null : only(`${KEYS_FIELD}:${key}~${keyEdits}`),
  };
}

/**
 * Text folded for comparing words as the index does, roughly: lower case, diacritics dropped, ß as ss, and
 * "ae"/"oe"/"ue" as the vowel alone (so that "Fuehrerschein" and "Führerschein" compare equal).
 */
function fold(text: string): string {
  let folded = text.toLowerCase();
  if (/[^\x00-\x7f]/.test(folded)) folded = folded.replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
  return folded.replace(/([aou])e/g, '$1');
}

/** The word without one common German ending (so that "Fahrzeugzulassungen" is found in "Fahrzeugzulassung"). */
function stem(word: string): string {
  const ending = /(en|er|es|em|e|n|s)$/.exec(word);
  return ending && word.length - ending[0].length >= 4 ? word.slice(0, -ending[0].length) : word;
}

/** The word's letter pairs (as two UTF-16 units in one number), for the q-gram filter of containsApprox. */
function letterPairs(word: string): ReadonlySet<number> {
  const pairs = new Set<number>();
  for (let i = 0; i + 1 < word.length; i++) pairs.add(word.charCodeAt(i) * 0x10000 + word.charCodeAt(i + 1));
  return pairs;
}

/** Whether some part of `text` is at most `q.edits` edits from `q.folded` (Sellers: edit distance to any substring). */
function containsApprox(text: string, q: QueryWord): boolean {
  const { folded: word, edits } = q;
  if (text.includes(word)) return true;
  if (edits === 0 || text.length < word.length - edits) return false;
  // Each edit spoils at most two of the word's letter pairs: too few pairs in common, no close part (q-gram lemma).
  const needed = word.length - 1 - 2 * edits;
  if (needed > 0) {
    let common = 0;
    for (let i = 0; i + 1 < text.length && common < needed; i++) if (q.pairs.has(text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1))) common++;
    if (common < needed) return false;
  }
  let row = Array.from({ length: word.length + 1 }, (_, i) => i);
  if (row[word.length]! <= edits) return true;
  for (const c of text) {
    const next = [0];
    for (let i = 1; i <= word.length; i++) {
      next[i] = Math.min(row[i]! + 1, next[i - 1]! + 1, row[i - 1]! + (word[i - 1] === c ? 0 : 1));
    }
    if (next[word.length]! <= edits) return true;
    row = next;
  }
  return false;
}

/** Whether `a` and `b` share a run of at least `length` letters (a part of a compound, found the other way round). */
function sharesRun(a: string, b: string, length: number): boolean {
  if (b.length < length) return false;
  for (let i = 0; i + length <= a.length; i++) if (b.includes(a.slice(i, i + length))) return true;
  return false;
}

export interface Searchable {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string;
}

const PASSAGE = 160;
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface QueryWord {
  readonly folded: string;
  readonly edits: 0 | 1 | 2;
  /** For FUZZY: the shortest run of letters shared with a word that counts as a part of a compound. */
  readonly run: number;
  readonly pairs: ReadonlySet<number>;
}

interface PassageWord {
  readonly start: number;
  readonly end: number;
  readonly folded: string;
}

/**
 * The words of a passage with their offsets, folded. Hits are the graph's nodes, so the same names and descriptions
 * come back request after request: their words are folded once and kept (a bounded memo, the oldest passage out
 * first; folding was most of a highlight's time).
 */
const PASSAGE_WORDS = new Map<string, readonly PassageWord[]>();
const MAX_PASSAGES = 4096;
function passageWords(passage: string): readonly PassageWord[] {
  let words = PASSAGE_WORDS.get(passage);
  if (words === undefined) {
    words = Array.from(passage.matchAll(WORD), (m) => ({ start: m.index, end: m.index + m[0].length, folded: fold(m[0]) }));
    if (PASSAGE_WORDS.size >= MAX_PASSAGES) PASSAGE_WORDS.delete(PASSAGE_WORDS.keys().next().value!);
    PASSAGE_WORDS.set(passage, words);
  }
  return words;
}

/** The words of `passage` that match a query word, as [start, end) offsets, and how many query words they cover. */
function matchedWords(passage: string, query: readonly QueryWord[], fuzzy: boolean): { found: [number, number][]; covered: number } {
  const found: [number, number][] = [];
  let covered = 0; // a bit per query word (at most MAX_SEARCH_WORDS)
  for (const word of passageWords(passage)) {
    let hits = 0;
    for (let i = 0; i < query.length; i++) {
      const q = query[i]!;
      // A fuzzy hit may also share only a part of a compound with a query word ("Autozulassung", "Fahrzeugzulassung").
      if (containsApprox(word.folded, q) || (fuzzy && sharesRun(q.folded, word.folded, q.run))) hits |= 1 << i;
    }
    if (hits === 0) continue;
    found.push([word.start, word.end]);
    covered |= hits;
  }
  let count = 0;
  for (let bits = covered; bits !== 0; bits &= bits - 1) count++;
  return { found, covered: count };
}

/** `passage` with the matched words in <mark>…</mark>, cut to about PASSAGE characters around the first one. */
function marked(passage: string, found: readonly [number, number][]): string {
  let from = 0;
  let to = passage.length;
  if (passage.length > PASSAGE) {
    from = Math.max(0, found[0]![0] - PASSAGE / 4);
    to = Math.min(passage.length, from + PASSAGE);
    from = Math.max(0, Math.min(from, to - PASSAGE));
  }
  let out = from > 0 ? '…' : '';
  let at = from;
  for (const [start, end] of found) {
    if (start < from || end > to) continue;
    out += `${escapeHtml(passage.slice(at, start))}<mark>${escapeHtml(passage.slice(start, end))}</mark>`;
    at = end;
  }
  return out + escapeHtml(passage.slice(at, to)) + (to < passage.length ? '…' : '');
}

/**
 * Why a hit is there: the name, alias or description passage with the most query words (of those the one closest
 * in length to the text, then the first: names before aliases before the description), and the words that matched
 * marked
 * (`<mark>…</mark>`; the rest is HTML-escaped text). EXACT and NAME hits show a name or alias, DESCRIPTION hits
 * the description, FUZZY hits whichever matches best, counting words within their edit distance. Null when no
 * word of the text can be pointed at (e.g. only a stemmed form matched).
 */
export function searchHighlight(node: Searchable, text: string, match: SearchMatch): string | null {
  const fuzzy = match === 'FUZZY';
  const query = searchWords(text).map((w): QueryWord => {
    const folded = stem(fold(w));
    return { folded, edits: fuzzy ? fuzzyEdits(w) : 0, run: Math.max(5, Math.ceil(folded.length / 2)), pairs: letterPairs(folded) };
  });
  const names = [node.name, ...node.aliases];
  const passages = match === 'EXACT' || match === 'NAME' ? names : match === 'DESCRIPTION' ? [node.description] : [...names, node.description];
  let best: { passage: string; found: [number, number][]; covered: number; slack: number } | undefined;
  for (const passage of passages) {
    const m = matchedWords(passage, query, fuzzy);
    // The most query words; of those, the passage closest in length to the text (the alias "Führerschein" rather
    // than the name "Führerscheinantrag" for "Fuehrerschein"); of those, the first.
    const slack = Math.abs(passage.length - text.trim().length);
    if (m.covered > 0 && (best === undefined || m.covered > best.covered || (m.covered === best.covered && slack < best.slack))) best = { passage, ...m, slack };
  }
  return best ? marked(best.passage, best.found) : null;
}
