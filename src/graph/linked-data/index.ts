// The linked-data face: node documents, the SPARQL engine over a snapshot of the graph, DCAT-AP.de, the vocabulary.
export { LinkedData } from './linked-data.js';
