import { KIND_FIELDS, relationshipProperties, type GraphDocument, type NodeRecord, type RelationshipRecord } from '../../domain/index.js';

/**
 * A node in the import format, keys in a fixed order (kind fields in model order), empty optional values
 * left out, so that the same graph always gives the same file.
 */
export function nodeToImport(n: NodeRecord): Record<string, unknown> {
  const fields = Object.fromEntries(KIND_FIELDS[n.kind].filter((f) => n.fields[f.name] !== undefined).map((f) => [f.name, n.fields[f.name]]));
  return {
    id: n.id,
    kind: n.kind,
    name: n.name,
    ...(n.aliases.length > 0 ? { aliases: n.aliases } : {}),
    description: n.description,
    ...fields,
    sources: n.sources,
    confidence: n.confidence,
    ...(n.note === undefined ? {} : { note: n.note }),
    ...(Object.keys(n.attributes).length > 0 ? { attributes: n.attributes } : {}),
  };
}

export function relationshipToImport(r: RelationshipRecord): Record<string, unknown> {
  const properties = Object.fromEntries(
    relationshipProperties(r.type).filter((p) => r.properties[p.name] !== undefined).map((p) => [p.name, r.properties[p.name]]),
  );
  return {
    from: r.from,
    type: r.type,
    to: r.to,
    sources: r.sources,
    confidence: r.confidence,
    ...(r.note === undefined ? {} : { note: r.note }),
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}

/** The graph as one import file (`strategiegraph import` reads it back). */
export function toJson(doc: GraphDocument): string {
  return `${JSON.stringify({ nodes: doc.nodes.map(nodeToImport), relationships: doc.relationships.map(relationshipToImport) }, null, 2)}\n`;
}
