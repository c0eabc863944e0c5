import { toLucenePhrase } from '../../domain/index.js';

/**
 * A node reference as the statements that resolve it themselves take it (cypher/partials/reference-matches):
 * the trimmed text, its lower case and its full-text phrase query, as parameters `<name>`, `<name>Lower` and
 * `<name>Phrase`.
 */
export function referenceParams(name: string, ref: string): Record<string, string> {
  const text = ref.trim();
  return { [name]: text, [`${name}Lower`]: text.toLowerCase(), [`${name}Phrase`]: toLucenePhrase(text) };
}
