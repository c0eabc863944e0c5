// Exports: the graph, or a node's neighbourhood, as JSON (the import format), CSV, XLSX, GraphML, Cypher, ArchiMate or RDF.
export * from './export.js';
export type { ExportFile } from './files.js';
export { CSV_DIALECTS, DEFAULT_CSV_DIALECT, csvTable, isCsvDialect, type CsvDialect } from './csv.js';
export type { Cell } from './tables.js';
export { ARCHIMATE_NAMESPACE } from './archimate.js';
export { ELEMENT_OF, RELATIONSHIP_MAPPING, relationshipFor } from './archimate-mapping.js';
export { RDF_FORMATS, RDF_SERIALISATIONS, Terms, type RdfFormat } from './rdf.js';
export { vocabularyQuads } from './rdf-vocabulary.js';
export { TRAVERSAL_CSV_HEADER, TRAVERSAL_FORMATS, TRAVERSAL_MEDIA_TYPES, resolveTraversalNode, streamTraversal, traversalExport, traversalFileName, type TraversalArguments, type TraversalExport, type TraversalFormat } from './traversal.js';
