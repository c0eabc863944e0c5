import { describe, expect, it } from 'vitest';
import { holdsAt, isValidDate, nodeToImportFormat, parseDocument, periodProblem, relationshipPeriodProblem, relationshipToImportFormat } from '../../src/domain/index.js';
import { validMacros } from '../../src/graph/neo4j/cypher-catalog.js';
import { toCypher } from '../../src/graph/export/cypher.js';
import { exportTables } from '../../src/graph/export/tables.js';

const SOURCES = [{ url: 'https://www.it-planungsrat.de/' }];

describe('valid time in the model', () => {
  it('takes calendar dates only', () => {
    expect(isValidDate('2025-07-22')).toBe(true);
    expect(isValidDate('2024-02-29')).toBe(true);
    for (const bad of ['2025-02-29', '2025-02-30', '2025-13-01', '2025-07', '2025', '22.07.2025', '2025-7-22']) expect(isValidDate(bad)).toBe(false);
  });

  it('holds from validFrom (inclusive) to validTo (exclusive); a missing bound is no bound', () => {
    const p = { validFrom: '2025-01-01', validTo: '2025-07-22' };
    expect(['2024-12-31', '2025-01-01', '2025-07-21', '2025-07-22'].map((d) => holdsAt(p, d))).toEqual([false, true, true, false]);
    expect(holdsAt({}, '1900-01-01')).toBe(true);
    expect(holdsAt({ validTo: '2025-05-06' }, '2025-05-05')).toBe(true);
    expect(holdsAt({ validFrom: '2025-05-06' }, '2025-05-05')).toBe(false);
  });

  it('wants from before to, and a relationship inside its nodes', () => {
    expect(periodProblem({ validFrom: '2025-01-01', validTo: '2025-01-01' })).toContain('must come before');
    expect(periodProblem({ validFrom: '2025-01-01', validTo: '2025-01-02' })).toBeUndefined();
    const ends = [{ id: 'org-bmds', period: { validFrom: '2025-05-06' } }, { id: 'p-x', period: {} }];
    // a relationship without bounds holds as long as its nodes: nothing to refuse
    expect(relationshipPeriodProblem({}, ends)).toBeUndefined();
    expect(relationshipPeriodProblem({ validFrom: '2025-05-05' }, ends)?.field).toBe('validFrom');
    expect(relationshipPeriodProblem({ validFrom: '2025-05-06' }, ends)).toBeUndefined();
    expect(relationshipPeriodProblem({ validTo: '2026-01-01' }, [{ id: 'a', period: { validTo: '2025-12-31' } }])?.field).toBe('validTo');
  });

  it('reads validFrom/validTo in the import format and writes them back in place', () => {
    const parsed = parseDocument(
      {
        nodes: [{ id: 'org-a', kind: 'Institution', name: 'A', description: 'a', validFrom: '2025-05-06', sources: SOURCES }],
        relationships: [{ from: 'p-b', type: 'CHAIRS', to: 'org-a', validFrom: '2025-05-06', validTo: '2026-01-01', sources: SOURCES }],
      },
      'x.json',
    );
    expect(parsed.problems).toEqual([]);
    expect(Object.keys(nodeToImportFormat(parsed.nodes[0]!.record))).toEqual(['id', 'kind', 'name', 'description', 'validFrom', 'sources', 'confidence']);
    expect(relationshipToImportFormat(parsed.relationships[0]!.record)).toMatchObject({ validFrom: '2025-05-06', validTo: '2026-01-01' });
    const bad = parseDocument({ nodes: [{ id: 'org-a', kind: 'Institution', name: 'A', description: 'a', validFrom: '06.05.2025', validTo: 20250101, sources: SOURCES }] }, 'x.json');
    expect(bad.problems.map((p) => [p.entity, p.field])).toEqual([['node org-a', 'validFrom'], ['node org-a', 'validTo']]);
  });

  it('renders {{VALID n}} with the label shortcut and {{VALID_REL r}} from the properties', () => {
    expect(validMacros('WHERE {{VALID n0}} AND {{VALID_REL r3}}')).toBe(
      "WHERE ($validAt IS NULL OR NOT n0:Bounded OR (coalesce(n0.validFrom, '') <= $validAt AND $validAt < coalesce(n0.validTo, '9999-12-31'))) AND " +
        "($validAt IS NULL OR coalesce(r3.validFrom, '') <= $validAt AND $validAt < coalesce(r3.validTo, '9999-12-31'))",
    );
  });

  it('exports the periods: the Cypher script labels bounded nodes as the importer does, the tables have columns for them', () => {
    const { nodes, relationships } = parseDocument(
      {
        nodes: [
          { id: 'org-a', kind: 'Institution', name: 'A', description: 'a', validFrom: '2025-05-06', sources: SOURCES },
          { id: 'org-b', kind: 'Institution', name: 'B', description: 'b', sources: SOURCES },
        ],
        relationships: [{ from: 'org-b', type: 'CHAIRS', to: 'org-a', validFrom: '2025-05-06', sources: SOURCES }],
      },
      'x.json',
    );
    const doc = { nodes: nodes.map((n) => n.record), relationships: relationships.map((r) => r.record) };
    const script = toCypher(doc, []);
    expect(script.match(/CREATE \(n:[^)]*\)/g)).toEqual(['CREATE (n:Node:`Institution`)', 'CREATE (n:Node:`Institution`:Bounded)']);
    const [institutions, chairs] = exportTables(doc);
    expect(institutions!.header.slice(0, 6)).toEqual(['id', 'name', 'aliases', 'description', 'validFrom', 'validTo']);
    expect(institutions!.rows.map((r) => r[4])).toEqual(['2025-05-06', undefined]);
    expect(chairs!.rows[0]!.slice(2, 4)).toEqual(['2025-05-06', undefined]);
  });
});
