import type { RelationshipType } from './relationships.js';

/**
 * The IRI scheme of the published graph, made from the server's public base URL (no trailing slash):
 *   <base>/id/<id>                         a node (dereferenceable: GET /id/<id>)
 *   <base>/id/<id>#source/<n>              the n-th source the node cites (1-based)
 *   <base>/id/<from>#<TYPE>/<to>           a relationship, as a statement with its sources
 *   <base>/id/<from>#<TYPE>/<to>/source/<n>
 *   <base>/vocab#<term>                    the project's vocabulary (GET /vocab)
 *   <base>/scheme/<name>                   a SKOS concept scheme (GET /scheme/<name>)
 *   <base>/dcat#<part>                     the DCAT-AP.de description of the data set (GET /dcat)
 * Ids are slugs ([a-z0-9-]) and types upper case, so none of these can be mistaken for another.
 */
export const nodeIri = (base: string, id: string): string => `${base}/id/${id}`;

export const nodeSourceIri = (base: string, id: string, n: number): string => `${nodeIri(base, id)}#source/${n}`;

export const relationshipIri = (base: string, r: { from: string; type: RelationshipType; to: string }): string =>
  `${nodeIri(base, r.from)}#${r.type}/${r.to}`;

export const relationshipSourceIri = (base: string, r: { from: string; type: RelationshipType; to: string }, n: number): string =>
  `${relationshipIri(base, r)}/source/${n}`;

export const vocabularyNamespace = (base: string): string => `${base}/vocab#`;

export const schemeIri = (base: string, name: string): string => `${base}/scheme/${name}`;

export const catalogueIri = (base: string, part: string): string => `${base}/dcat#${part}`;
