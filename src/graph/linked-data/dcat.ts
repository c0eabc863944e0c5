import { DataFactory } from 'n3';
import type { NamedNode, Quad } from '@rdfjs/types';
import type { LinkedDataConfig } from '../../config/index.js';
import { catalogueIri } from '../../domain/index.js';
import { EXPORT_FILE, type ExportFormat } from '../export/export.js';
import { sortedQuads, type Terms } from '../export/rdf.js';
import { NS } from '../export/rdf-mapping.js';

const { namedNode, literal, quad } = DataFactory;
const std = (prefix: keyof typeof NS, local: string) => namedNode(`${NS[prefix]}${local}`);
const EU = 'http://publications.europa.eu/resource/authority/';
const IANA = 'http://www.iana.org/assignments/media-types/';

/**
 * The distributions GovData can harvest: the whole graph in the export formats that have an EU file type and an
 * IANA media type (GraphML and the Cypher script have neither, and stay exports), each a public download.
 */
const DCAT_DISTRIBUTIONS: readonly { format: ExportFormat; fileType: string; mediaType: string; title: { de: string; en: string } }[] = [
  { format: 'turtle', fileType: 'RDF_TURTLE', mediaType: 'text/turtle', title: { de: 'Der Graph als RDF (Turtle)', en: 'The graph as RDF (Turtle)' } },
  { format: 'jsonld', fileType: 'JSON_LD', mediaType: 'application/ld+json', title: { de: 'Der Graph als RDF (JSON-LD)', en: 'The graph as RDF (JSON-LD)' } },
  { format: 'ntriples', fileType: 'RDF_N_TRIPLES', mediaType: 'application/n-triples', title: { de: 'Der Graph als RDF (N-Triples)', en: 'The graph as RDF (N-Triples)' } },
  { format: 'json', fileType: 'JSON', mediaType: 'application/json', title: { de: 'Der Graph im Importformat (JSON)', en: 'The graph in the import format (JSON)' } },
  { format: 'csv', fileType: 'ZIP', mediaType: 'application/zip', title: { de: 'Der Graph als CSV-Tabellen (ZIP)', en: 'The graph as CSV tables (zip)' } },
  {
    format: 'xlsx',
    fileType: 'XLSX',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    title: { de: 'Der Graph als Excel-Arbeitsmappe (ein Blatt je Art und Beziehungstyp)', en: 'The graph as an Excel workbook (a sheet per kind and relationship type)' },
  },
  { format: 'archimate', fileType: 'XML', mediaType: 'application/xml', title: { de: 'Der Graph als ArchiMate-Modell (Exchange Format)', en: 'The graph as an ArchiMate model (exchange format)' } },
];

export interface CatalogueFacts {
  /** When the graph last changed (xsd:dateTime), if it ever changed through Strategiegraph. */
  readonly modified: string | null;
  /** When it was first written (xsd:dateTime). */
  readonly issued: string | null;
  /** Whether reading needs no credentials (ANONYMOUS_READ). */
  readonly publicAccess: boolean;
  /** The URL of each distribution's download. */
  readonly downloadUrl: (format: ExportFormat) => string;
}

/**
 * The DCAT-AP.de 2.0 description of the data set for GovData: a catalogue with one dataset, its distributions
 * (the downloads) and the two APIs (SPARQL and GraphQL) as data services. Publisher, contact and licence come
 * from the configuration; nothing here is a guess about who publishes.
 */
export function dcatQuads(terms: Terms, config: LinkedDataConfig['catalogue'], facts: CatalogueFacts): Quad[] {
  const base = terms.base;
  const at = (part: string) => namedNode(catalogueIri(base, part));
  const quads: Quad[] = [];
  const add = (s: NamedNode, p: NamedNode, o: Quad['object']) => quads.push(quad(s, p, o));
  const text = (s: NamedNode, p: NamedNode, de: string, en: string) => {
    add(s, p, literal(de, 'de'));
    add(s, p, literal(en, 'en'));
  };
  const catalog = at('catalog');
  const dataset = at('dataset');
  const publisher = at('publisher');
  const contact = at('contact');
  const sparql = at('sparql');
  const graphql = at('graphql');
  const license = namedNode(config.license);
  const german = namedNode(`${EU}language/DEU`);
  const accessRights = namedNode(`${EU}access-right/${facts.publicAccess ? 'PUBLIC' : 'RESTRICTED'}`);
  const dateTime = (value: string | null) => (value === null ? undefined : literal(value, std('xsd', 'dateTime')));
  const modified = dateTime(facts.modified);
  const issued = dateTime(facts.issued);
  const attribution = literal(`${config.publisher}: Strategiegraph – Föderale Digitalstrategie (${base})`, 'de');

  add(catalog, std('rdf', 'type'), std('dcat', 'Catalog'));
  text(catalog, std('dct', 'title'), 'Strategiegraph', 'Strategiegraph');
  text(catalog, std('dct', 'description'), 'Katalog des Strategiegraphen der Föderalen Digitalstrategie.', 'Catalogue of the Strategiegraph of the federal digital strategy.');
  add(catalog, std('dct', 'publisher'), publisher);
  add(catalog, std('dct', 'language'), german);
  add(catalog, std('dct', 'license'), license);
  add(catalog, std('foaf', 'homepage'), namedNode(`${base}/dashboard`));
  add(catalog, std('dcat', 'dataset'), dataset);
  add(catalog, std('dcat', 'service'), sparql);
  add(catalog, std('dcat', 'service'), graphql);
  if (modified) add(catalog, std('dct', 'modified'), modified);

  add(dataset, std('rdf', 'type'), std('dcat', 'Dataset'));
  text(dataset, std('dct', 'title'), 'Strategiegraph: Föderale Digitalstrategie für die Verwaltung', 'Strategiegraph: the federal digital strategy for the administration');
  text(
    dataset,
    std('dct', 'description'),
    'Wissensgraph der Föderalen Digitalstrategie des IT-Planungsrats: Dachstrategie, Schwerpunktthemen und Zielbilder, Programme und Umsetzungsvorhaben, ihre federführenden Institutionen, die IT-Systeme und Verwaltungsleistungen, die sie betreffen, und die Beschlüsse dahinter. Jede Aussage nennt ihre Quelle.',
    'Knowledge graph of the federal digital strategy of the IT-Planungsrat: the umbrella strategy, focus areas and target visions, programmes and implementation projects, their lead institutions, the IT systems and public services they concern, and the decisions behind them. Every statement cites its source.',
  );
  add(dataset, std('dct', 'identifier'), literal(catalogueIri(base, 'dataset')));
  add(dataset, std('dct', 'publisher'), publisher);
  add(dataset, std('dcat', 'contactPoint'), contact);
  add(dataset, std('dcat', 'theme'), namedNode(`${EU}data-theme/GOVE`));
  for (const keyword of ['Föderale Digitalstrategie', 'IT-Planungsrat', 'Verwaltungsdigitalisierung', 'Zielbilder', 'Umsetzungsvorhaben', 'Deutschland-Stack']) {
    add(dataset, std('dcat', 'keyword'), literal(keyword, 'de'));
  }
  add(dataset, std('dct', 'language'), german);
  add(dataset, std('dct', 'accessRights'), accessRights);
  add(dataset, std('dcat', 'landingPage'), namedNode(`${base}/dashboard`));
  add(dataset, std('dcatde', 'politicalGeocodingLevelURI'), namedNode('http://dcat-ap.de/def/politicalGeocoding/Level/federal'));
  add(dataset, std('dct', 'conformsTo'), namedNode(terms.sg.replace(/#$/, '')));
  if (config.contributorId) add(dataset, std('dcatde', 'contributorID'), namedNode(config.contributorId));
  if (modified) add(dataset, std('dct', 'modified'), modified);
  if (issued) add(dataset, std('dct', 'issued'), issued);

  for (const d of DCAT_DISTRIBUTIONS) {
    const distribution = at(`distribution-${d.format}`);
    const url = namedNode(facts.downloadUrl(d.format));
    add(dataset, std('dcat', 'distribution'), distribution);
    add(distribution, std('rdf', 'type'), std('dcat', 'Distribution'));
    text(distribution, std('dct', 'title'), d.title.de, d.title.en);
    add(distribution, std('dct', 'description'), literal(`Der ganze Graph, ${d.format === 'csv' ? 'eine CSV-Datei je Art und Beziehungstyp' : EXPORT_FILE[d.format].name}.`, 'de'));
    add(distribution, std('dcat', 'accessURL'), url);
    add(distribution, std('dcat', 'downloadURL'), url);
    add(distribution, std('dct', 'format'), namedNode(`${EU}file-type/${d.fileType}`));
    add(distribution, std('dcat', 'mediaType'), namedNode(`${IANA}${d.mediaType}`));
    add(distribution, std('dct', 'license'), license);
    add(distribution, std('dcatde', 'licenseAttributionByText'), attribution);
    add(distribution, std('dct', 'accessRights'), accessRights);
    if (modified) add(distribution, std('dct', 'modified'), modified);
  }

  const service = (node: NamedNode, path: string, de: string, en: string, conformsTo: string) => {
    add(node, std('rdf', 'type'), std('dcat', 'DataService'));
    text(node, std('dct', 'title'), de, en);
    add(node, std('dcat', 'endpointURL'), namedNode(`${base}${path}`));
    add(node, std('dcat', 'servesDataset'), dataset);
    add(node, std('dct', 'conformsTo'), namedNode(conformsTo));
    add(node, std('dct', 'license'), license);
    add(node, std('dct', 'accessRights'), accessRights);
    const distribution = at(`distribution-${path.slice(1)}`);
    add(dataset, std('dcat', 'distribution'), distribution);
    add(distribution, std('rdf', 'type'), std('dcat', 'Distribution'));
    text(distribution, std('dct', 'title'), de, en);
    add(distribution, std('dcat', 'accessURL'), namedNode(`${base}${path}`));
    add(distribution, std('dcat', 'accessService'), node);
    add(distribution, std('dct', 'license'), license);
    add(distribution, std('dcatde', 'licenseAttributionByText'), attribution);
  };
  service(sparql, '/sparql', 'SPARQL-Endpunkt (nur lesend)', 'SPARQL endpoint (read-only)', 'https://www.w3.org/TR/sparql11-protocol/');
  service(graphql, '/graphql', 'GraphQL-API', 'GraphQL API', 'https://spec.graphql.org/October2021/');

  add(publisher, std('rdf', 'type'), std('foaf', 'Agent'));
  add(publisher, std('rdf', 'type'), std('foaf', 'Organization'));
  add(publisher, std('foaf', 'name'), literal(config.publisher));
  add(publisher, std('foaf', 'homepage'), namedNode(config.publisherUrl));

  add(contact, std('rdf', 'type'), std('vcard', 'Kind'));
  add(contact, std('rdf', 'type'), std('vcard', 'Organization'));
  add(contact, std('vcard', 'fn'), literal(config.publisher));
  if (config.contactEmail) add(contact, std('vcard', 'hasEmail'), namedNode(`mailto:${config.contactEmail}`));
  else add(contact, std('vcard', 'hasURL'), namedNode(config.publisherUrl));

  return sortedQuads(quads);
}
