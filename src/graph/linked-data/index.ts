// The linked-data face: node documents, the SPARQL engine over a snapshot of the graph, DCAT-AP.de, the vocabulary.
export { LinkedData, SPARQL_RESULT_FORMATS, type Snapshot, type SparqlSettings } from './linked-data.js';
export { DCAT_DISTRIBUTIONS } from './dcat.js';
