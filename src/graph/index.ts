// The graph layer's one face: the layers above import from here and nowhere else in src/graph.
//   neo4j/         the driver, the one executor, the Cypher catalogue, values and mapping, the schema setup
//   launcher/      the project's own Neo4j 5.26 (Maven-built, started and stopped by the CLI and the tests)
//   repositories/  what loaders and resolvers use: nodes, lists, traversals, analysis, history, mutations, keys
//   import/        the import format read from files and written into the graph
//   export/        the graph or a neighbourhood as JSON, CSV, XLSX, GraphML, Cypher, ArchiMate or RDF
//   linked-data/   node documents, the SPARQL engine over a snapshot, DCAT-AP.de
// Loaders and resolvers use repositories only (the review checks it; they never build Cypher).
export * from './neo4j/graph.js';
export * from './neo4j/driver.js';
export * from './neo4j/executor.js';
export * from './neo4j/cypher-catalog.js';
export * from './neo4j/mapping.js';
export * from './neo4j/schema-setup.js';
export * from './neo4j/causality.js';
export * from './launcher/local-neo4j.js';
export * from './import/importer.js';
export * from './import/read-files.js';
export * from './repositories/repositories.js';

export * from './export/export.js';
export type { ExportFile } from './export/files.js';
export { CSV_DIALECTS, DEFAULT_CSV_DIALECT, csvTable, isCsvDialect, type CsvDialect } from './export/csv.js';
export type { Cell } from './export/tables.js';
export { ARCHIMATE_NAMESPACE } from './export/archimate.js';
export { ELEMENT_OF, RELATIONSHIP_MAPPING, relationshipFor } from './export/archimate-mapping.js';
export { RDF_FORMATS, RDF_SERIALISATIONS, Terms, type RdfFormat } from './export/rdf.js';
export { vocabularyQuads } from './export/rdf-vocabulary.js';
export { TRAVERSAL_CSV_HEADER, TRAVERSAL_FORMATS, TRAVERSAL_MEDIA_TYPES, resolveTraversalNode, streamTraversal, traversalExport, traversalFileName, type TraversalArguments, type TraversalExport, type TraversalFormat } from './export/traversal.js';

export { LinkedData } from './linked-data/linked-data.js';
