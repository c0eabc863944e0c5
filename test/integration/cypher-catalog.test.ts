import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CYPHER_DIR, PROJECT_ROOT } from '../../src/config/index.js';
import { CypherCatalog, type Graph } from '../../src/graph/index.js';
import { openTestGraph } from '../helpers/graph.js';

const catalog = new CypherCatalog(CYPHER_DIR);
const VARS: Record<string, string> = { KIND: 'Project', TYPE: 'LED_BY', DEPTH: '3', FOLLOWED: 'stated' };

function sourceText(dir: string): string {
  return readdirSync(dir)
    .map((entry) => join(dir, entry))
    .map((path) => (statSync(path).isDirectory() ? sourceText(path) : path.endsWith('.ts') ? readFileSync(path, 'utf8') : ''))
    .join('\n');
}

describe('the Cypher catalogue', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(async () => graph.close());

  it('has no statement the code never uses', () => {
    const src = sourceText(join(PROJECT_ROOT, 'src'));
    const unused = catalog.names().filter((name) => !name.startsWith('schema/') && !src.includes(`'${name}'`));
    expect(unused).toEqual([]);
  });

  it('offers every relational filter, and the ids given, as a {{FILTER}}', () => {
    expect(catalog.filterNames().sort()).toEqual(['filter-focus-area', 'filter-given-ids', 'filter-institution', 'filter-related', 'filter-touching']);
    expect(() => catalog.render('read/list/page', { ...VARS, FILTER: 'node-candidates' })).toThrow(/FILTER/);
  });

  it('compiles every read and write statement in Neo4j (EXPLAIN, nothing runs)', async () => {
    const failures: string[] = [];
    for (const name of catalog.names().filter((n) => !n.startsWith('schema/'))) {
      const entry = catalog.get(name);
      // A planned tree is composed by renderTree: two levels, both directions, with and without a kind guard. A {{FILTER}} takes every filter.
      const texts = entry.placeholders.includes('TREE')
        ? [undefined, 'TargetVision'].map(
            (on) => catalog.renderTree(name, [{ type: 'CONTRIBUTES_TO', direction: 'in', kinds: ['Project'], first: 5, keys: null, on, children: [{ type: 'LED_BY', direction: 'out', kinds: ['Institution'], first: 5, keys: ['id', 'name'], children: [] }] }]).text,
          )
        : entry.placeholders.includes('FILTER')
          ? catalog.filterNames().map((FILTER) => catalog.render(name, { ...VARS, FILTER }))
          : // A traversal both ways: following stated relationships only, and every one.
            (entry.placeholders.includes('FOLLOWED') ? ['stated', 'any'] : [VARS.FOLLOWED!]).map((FOLLOWED) =>
              catalog.render(name, Object.fromEntries(entry.placeholders.map((p) => [p, p === 'FOLLOWED' ? FOLLOWED : VARS[p]!]))),
            );
      for (const text of texts) {
        try {
          await graph.driver.executeQuery(`EXPLAIN ${text}`, {}, { database: 'neo4j' });
        } catch (error) {
          failures.push(`${name}: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
