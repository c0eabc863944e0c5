import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImpactDocument, ProjectListDocument, ProjectsTouchingDocument, ShortestPathDocument } from '../../src/client/index.js';
import { Importer } from '../../src/graph/index.js';
import { useShippedGraph } from '../helpers/shipped.js';

/**
 * A reference that names no node is reported by the statement that took it (cypher/partials/resolve-one): the
 * statement runs once, and only then one search finds the candidates of NOT_FOUND. Nothing resolves it again.
 */
describe('an unknown node reference', () => {
  const shipped = useShippedGraph();

  /** The names of the statements `run` sends, in order. */
  async function statementsOf(run: () => Promise<{ errors: readonly { extensions?: Record<string, unknown> }[] }>) {
    const names: string[] = [];
    const stop = shipped.graph.executor.observe({ statementStarted: ({ name }) => (names.push(name), () => {}) });
    try {
      const result = await run();
      const extensions = result.errors[0]?.extensions ?? {};
      return { names, code: extensions.code, candidates: (extensions.candidates ?? []) as { id: string }[], matches: (extensions.matches ?? []) as { id: string }[] };
    } finally {
      stop();
    }
  }

  it.each([
    ['projectsTouching', 'read/traversal/projects-touching', () => shipped.api.run(ProjectsTouchingDocument, { target: 'Fahrzeugzulassungen' })],
    ['impact', 'read/traversal/impact', () => shipped.api.run(ImpactDocument, { of: 'Fahrzeugzulassungen' })],
    ['shortestPath (from)', 'read/traversal/shortest-path', () => shipped.api.run(ShortestPathDocument, { from: 'Fahrzeugzulassungen', to: 'ELSTER' })],
    ['shortestPath (to)', 'read/traversal/shortest-path', () => shipped.api.run(ShortestPathDocument, { from: 'ELSTER', to: 'Fahrzeugzulassungen' })],
    ['a list filter', 'read/list/page', () => shipped.api.run(ProjectListDocument, { filter: { focusArea: 'Fahrzeugzulassungen' } })],
  ] as const)('in %s runs the main statement once, then one search for the candidates', async (_, statement, run) => {
    const { names, code, candidates } = await statementsOf(run);
    expect(code).toBe('NOT_FOUND');
    expect(candidates.map((c) => c.id)).toContain('leistung-fahrzeugzulassung');
    expect(names).toEqual([statement, 'read/search']);
  });

  it('that is ambiguous costs only the main statement: its row lists the matches', async () => {
    // "DVC" is an alias of the Deutsche Verwaltungscloud only; make a second node carry the same alias.
    const file = join(mkdtempSync(join(tmpdir(), 'sg-ambiguous-')), 'dup.json');
    writeFileSync(file, JSON.stringify({ nodes: [{ id: 'topic-dvc-test', kind: 'Topic', name: 'DVC', description: 'test', sources: [{ url: 'https://example.org/test' }] }] }));
    await new Importer(shipped.graph.executor).importPaths([file]);
    try {
      const result = await statementsOf(() => shipped.api.run(ImpactDocument, { of: 'dvc' }));
      expect(result.code).toBe('BAD_USER_INPUT');
      expect(result.matches.map((m) => m.id).sort()).toEqual(['sys-dvc', 'topic-dvc-test']);
      expect(result.names).toEqual(['read/traversal/impact']);
    } finally {
      await shipped.graph.driver.executeQuery("MATCH (n {id: 'topic-dvc-test'}) DETACH DELETE n", {}, { database: 'neo4j' });
    }
  });
});
