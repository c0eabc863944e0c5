import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config/index.js';
import { applySchema, openGraph, type ExportFile, type Graph } from '../../src/graph/index.js';

/**
 * Which of the suite's Neo4j servers this file uses: its worker's (VITEST_POOL_ID counts the project's workers from
 * 1; a worker runs one file at a time, so no two files share a database at once).
 */
export function testServerIndex(): number {
  return (Number(process.env.VITEST_POOL_ID ?? 1) - 1) % inject('neo4jUris').length;
}

/** The Bolt URI of this file's Neo4j. */
export function testNeo4jUri(): string {
  return inject('neo4jUris')[testServerIndex()]!;
}

/** Configuration pointing at this file's Neo4j. */
export function testConfig(extra: Record<string, string> = {}): Config {
  return loadConfig({ ...process.env, NODE_ENV: 'test', NEO4J_URI: testNeo4jUri(), ...extra });
}

/** A graph on this file's Neo4j with the schema applied. */
export async function openTestGraph(): Promise<Graph> {
  const config = testConfig();
  const graph = openGraph(config.neo4j, config.neo4j.uri!);
  await applySchema(graph.executor);
  return graph;
}

/**
 * Test-only Cypher, run straight through the driver so that checks do not share code with the
 * code under test.
 */
export async function cypher<T = Record<string, unknown>>(graph: Graph, text: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const result = await graph.driver.executeQuery(text, params, { database: 'neo4j' });
  return result.records.map((r) => r.toObject() as T);
}

export async function clearGraph(graph: Graph): Promise<void> {
  await cypher(graph, 'MATCH (n) DETACH DELETE n');
}

/** The whole graph as sorted plain data, to compare states before and after. */
export async function snapshot(graph: Graph): Promise<unknown> {
  const nodes = await cypher(graph, 'MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id');
  const rels = await cypher(
    graph,
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY from, type, to',
  );
  return JSON.parse(JSON.stringify({ nodes, rels }, (_k, v) => (typeof v === 'object' && v?.constructor?.name === 'Integer' ? v.toString() : v)));
}

/** The text of an export file (every format but XLSX is text). */
export function textOf(file: ExportFile | undefined): string {
  if (typeof file?.content !== 'string') throw new Error(`${file?.name ?? 'no file'} is not a text file`);
  return file.content;
}
