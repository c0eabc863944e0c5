// The graph layer's public API: the only way the layers above reach Neo4j.
export * from './graph.js';
export * from './driver.js';
export * from './executor.js';
export * from './cypher-catalog.js';
export * from './local-neo4j.js';
export * from './mapping.js';
export * from './schema-setup.js';
export * from './import/importer.js';
export * from './import/read-files.js';
export * from './export/index.js';
export * from './linked-data/index.js';
export * from './causality.js';
