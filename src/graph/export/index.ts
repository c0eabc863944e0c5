// Exports: the graph, or a node's neighbourhood, as JSON (the import format), CSV, GraphML, Cypher or ArchiMate.
export * from './export.js';
export type { ExportFile } from './files.js';
export { csvTable, type Cell } from './csv.js';
export { ARCHIMATE_NAMESPACE } from './archimate.js';
export { ELEMENT_OF, RELATIONSHIP_MAPPING, relationshipFor } from './archimate-mapping.js';
