import { nodeToImportFormat, relationshipToImportFormat, type GraphDocument } from '../../domain/index.js';

/** The graph as one import file (`strategiegraph import` reads it back), in the domain's one import-format writer. */
export function toJson(doc: GraphDocument): string {
  return `${JSON.stringify({ nodes: doc.nodes.map(nodeToImportFormat), relationships: doc.relationships.map(relationshipToImportFormat) }, null, 2)}\n`;
}
