import { describe, expect, it } from 'vitest';
import { ImpactDocument, explainImpact, loadImpact, type Chain } from '../../src/client/index.js';
import { DATA_DIR } from '../../src/config/index.js';
import { expandPaths } from '../../src/graph/index.js';
import { ReferenceGraph } from '../helpers/reference-graph.js';
import { useShippedGraph } from '../helpers/shipped.js';

/**
 * The impact explorer's rows (dashboard and CLI) against the impact query and the data files: the same
 * projects, Zielbilder and Schwerpunktthemen, each explained by a path that exists in the data.
 */
describe('explainImpact', () => {
  const shipped = useShippedGraph();
  const ref = ReferenceGraph.fromFiles(expandPaths([DATA_DIR]));

  const origins = [...ref.nodes.values()].filter((n) => ['System', 'Service', 'Project', 'Topic'].includes(n.kind)).map((n) => n.id);

  it.each([2, 4])('explains every affected project, Zielbild and Schwerpunktthema of every system, service, project and topic (depth %i)', async (depth) => {
    let explainedRows = 0;
    for (const of of origins) {
      const data = await loadImpact((document, variables) => shipped.api.data(document, variables), { of, maxDepth: depth });
      const { impact } = await shipped.api.data(ImpactDocument, { of, maxDepth: depth, first: 1000 });
      const rows = explainImpact(data);
      const ids = (role: string) => rows.filter((r) => r.role === role).map((r) => r.node.id);
      expect(ids('project'), of).toEqual(impact.projects.nodes.map((p) => p.id));
      expect(ids('targetVision'), of).toEqual(impact.targetVisions.map((t) => t.id));
      expect(ids('focusArea'), of).toEqual(impact.focusAreas.map((f) => f.id));
      for (const row of rows) {
        expect(row.path.nodes[0]!.id).toBe(row.node.id);
        expect(row.path.nodes.at(-1)!.id).toBe(of);
        expect(row.hops).toBe(row.path.relationships.length);
        expectRealPath(row.path);
      }
      explainedRows += rows.length;
    }
    expect(explainedRows).toBeGreaterThan(10);
  });

  function expectRealPath(chain: Chain): void {
    chain.relationships.forEach((step, i) => {
      const [a, b] = [chain.nodes[i]!.id, chain.nodes[i + 1]!.id];
      expect([a, b].sort()).toEqual([step.from, step.to].sort());
      const stored = ref.relationship(step.from, step.type, step.to);
      expect(stored, `${step.from} ${step.type} ${step.to}`).toBeDefined();
      expect(step.confidence?.toLowerCase(), `${step.from} ${step.type} ${step.to} confidence`).toBe(stored!.confidence);
    });
  }
});
