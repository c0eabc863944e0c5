import { NODE_KINDS, RELATIONSHIP_TYPES, type GraphDocument } from '../../domain/index.js';
import { nodeToProps, relationshipToProps } from '../neo4j/mapping.js';

const BATCH = 500;

/** A Cypher literal. Strings use JSON's escapes, which Cypher's string literals share. */
export function cypherLiteral(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`${value} has no Cypher literal`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `\`${k.replace(/`/g, '``')}\`: ${cypherLiteral(v)}`).join(', ')}}`;
  }
  throw new TypeError(`${String(value)} has no Cypher literal`);
}

function* batches<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH) yield items.slice(i, i + BATCH);
}

/**
 * A Cypher script that rebuilds the graph in an empty Neo4j (e.g. `cypher-shell -f`): the project's
 * constraints and indexes, then the nodes per kind and the relationships per type in UNWIND batches,
 * stored exactly as the importer stores them. Every statement ends with ";" at the end of a line.
 */
export function toCypher(doc: GraphDocument, schemaStatements: readonly string[]): string {
  const out: string[] = ['// Strategiegraph: the graph as Cypher, for an empty database.', '', ...schemaStatements.map((s) => `${s};`), ''];
  for (const kind of NODE_KINDS) {
    // A node with a valid-time bound carries the label Bounded, as the importer sets it (cypher/partials/bounded-label).
    for (const bounded of [false, true]) {
      const nodes = doc.nodes.filter((n) => n.kind === kind && (n.validFrom !== undefined || n.validTo !== undefined) === bounded);
      for (const part of batches(nodes)) {
        const rows = part.map((n) => `  ${cypherLiteral(nodeToProps(n))}`).join(',\n');
        const labels = `Node:\`${kind}\`${bounded ? ':Bounded' : ''}`;
        out.push(`UNWIND [\n${rows}\n] AS props\nCREATE (n:${labels})\nSET n = props, n.version = 1, n.createdAt = datetime(), n.updatedAt = datetime();`);
      }
    }
  }
  for (const type of RELATIONSHIP_TYPES) {
    for (const part of batches(doc.relationships.filter((r) => r.type === type))) {
      const rows = part.map((r) => `  ${cypherLiteral({ from: r.from, to: r.to, props: relationshipToProps(r) })}`).join(',\n');
      // Both ends of a relationship with a valid-time bound carry the label BoundedEnds, as the importer sets it
      // (cypher/partials/bounded-ends-label).
      out.push(
        `UNWIND [\n${rows}\n] AS row\nMATCH (a:Node {id: row.from}), (b:Node {id: row.to})\nCREATE (a)-[r:\`${type}\`]->(b)\nSET r = row.props\n` +
          'FOREACH (_ IN CASE WHEN r.validFrom IS NULL AND r.validTo IS NULL THEN [] ELSE [1] END | SET a:BoundedEnds, b:BoundedEnds);',
      );
    }
  }
  return `${out.join('\n')}\n`;
}
