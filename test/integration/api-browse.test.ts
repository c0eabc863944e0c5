import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  CoverageDocument,
  InstitutionListDocument,
  ModelDocument,
  NodePageDocument,
  NodesByIdsDocument,
  ProjectListDocument,
  SearchDocument,
  StrategyTreeDocument,
  SystemListDocument,
  SystemNeighboursDocument,
  ThemeListDocument,
} from '../../src/client/index.js';
import { NODE_KINDS, RELATIONSHIP_TYPES } from '../../src/domain/index.js';
import { cypher } from '../helpers/graph.js';
import { useShippedGraph } from '../helpers/shipped.js';

describe('browsing the shipped graph', () => {
  const shipped = useShippedGraph();

  it('finds nodes by id, in the order asked, with null for unknown ids', async () => {
    const { nodes } = await shipped.api.data(NodesByIdsDocument, { ids: ['sys-elster', 'nope', 'org-fitko'] });
    expect(nodes.map((n) => n?.id ?? null)).toEqual(['sys-elster', null, 'org-fitko']);
    expect(nodes[0]).toMatchObject({ kind: 'System', name: 'ELSTER' });
  });

  it('shows a node page: fields, sources and every relationship with its sources, in both directions', async () => {
    const { node } = await shipped.api.data(NodePageDocument, { id: 'sys-elster' });
    expect(node?.sources.length).toBeGreaterThan(0);
    const rows = await cypher<{ type: string; other: string; out: boolean }>(shipped.graph,
      "MATCH (n {id: 'sys-elster'})-[r]-(m) RETURN type(r) AS type, m.id AS other, startNode(r) = n AS out",
    );
    const got = node!.relationships.map((r) => `${r.direction} ${r.type} ${r.node.id}`).sort();
    expect(got).toEqual(rows.map((r) => `${r.out ? 'OUT' : 'IN'} ${r.type} ${r.other}`).sort());
    for (const r of node!.relationships) expect(r.sources.length).toBeGreaterThan(0);
    const inferred = node!.relationships.filter((r) => r.confidence === 'INFERRED');
    for (const r of inferred) expect(r.note).toBeTruthy();
  });

  it('follows relationships both ways as typed fields', async () => {
    const { node } = await shipped.api.data(SystemNeighboursDocument, { id: 'sys-elster' });
    if (node?.__typename !== 'System') throw new Error('expected a System');
    expect(node.services.map((s) => s.id)).toContain('leistung-fahrzeugzulassung');
    expect(node.operators).toEqual([]);
    expect(node.coordinators.map((o) => o.id)).toEqual(['org-baylfst']);
    // The BundID accepts the ELSTER certificate as one of four logins: it does not depend on ELSTER.
    expect(node.dependents.map((d) => d.id).sort()).toEqual(['sys-muk']);
    expect(node.loginAcceptedBy.map((d) => d.id)).toEqual(['sys-bundid']);
    expect(node.programmes.map((p) => p.id)).toEqual(['prog-postfach-kommunikationsinfrastruktur']);
  });

  it('walks the strategy tree: Schwerpunktthemen, Zielbilder, projects and what they involve', async () => {
    const { strategies } = await shipped.api.data(StrategyTreeDocument);
    const tree = strategies.nodes[0]!;
    expect(tree.id).toBe('foederale-digitalstrategie');
    expect(tree.focusAreas).toHaveLength(5);
    const datennutzung = tree.focusAreas.find((f) => f.name === 'Datennutzung')!;
    const projects = datennutzung.targetVisions.flatMap((t) => t.projects.map((p) => p.name));
    expect(projects).toContain('Machbarkeitsstudie für eine bundesweite KI-Plattform');
  });

  it('lists a kind sorted by name (accents folded), page by page with cursors, with totalCount', async () => {
    const all = await cypher<{ id: string }>(shipped.graph, 'MATCH (n:Institution) RETURN n.id AS id');
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const { institutions } = await shipped.api.data(InstitutionListDocument, { first: 7, after });
      expect(institutions.totalCount).toBe(all.length);
      seen.push(...institutions.nodes.map((n) => n.name));
      pages += 1;
      if (!institutions.pageInfo.hasNextPage) break;
      after = institutions.pageInfo.endCursor!;
    }
    expect(pages).toBe(Math.ceil(all.length / 7));
    expect(seen).toHaveLength(all.length);
    const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
    expect(seen).toEqual([...seen].sort((a, b) => (fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : 0)));
  });

  it('filters lists by text, institution type, status and budget range; Themenfelder are a kind of their own', async () => {
    const states = await shipped.api.data(InstitutionListDocument, { filter: { type: ['STATE'] }, first: 50 });
    const stateIds = await cypher<{ id: string }>(shipped.graph, "MATCH (n:Institution {type: 'state'}) RETURN n.id AS id ORDER BY id");
    expect(states.institutions.nodes.map((n) => n.id).sort()).toEqual(stateIds.map((r) => r.id));

    const text = await shipped.api.data(SystemListDocument, { filter: { nameContains: 'postfach' } });
    expect(text.systems.nodes.map((n) => n.name).every((n) => n.toLowerCase().includes('postfach'))).toBe(true);
    expect(text.systems.totalCount).toBeGreaterThan(1);

    const themes = await shipped.api.data(ThemeListDocument, { first: 50 });
    expect(themes.themes.totalCount).toBe(8);
    expect(themes.themes.nodes.every((t) => t.name.startsWith('Themenfeld: '))).toBe(true);
    const projects = await shipped.api.data(ProjectListDocument, { first: 50 });
    expect(projects.projects.edges.some((e) => e.node.name.startsWith('Themenfeld'))).toBe(false);
    const approved = await shipped.api.data(ProjectListDocument, { filter: { status: ['APPROVED'] }, first: 50 });
    const expected = await cypher<{ id: string }>(shipped.graph, "MATCH (n:Project {status: 'approved'}) RETURN n.id AS id ORDER BY id");
    expect(approved.projects.edges.map((e) => e.node.id).sort()).toEqual(expected.map((r) => r.id));
    const none = await shipped.api.data(ProjectListDocument, { filter: { budgetEur: { min: 1 } } });
    expect(none.projects.totalCount).toBe(0);
  });

  it('filters by related nodes: projects of a Schwerpunktthema, of an institution, touching a system', async () => {
    const ofFocus = await shipped.api.data(ProjectListDocument, { filter: { focusArea: 'Datennutzung' }, first: 50 });
    const expected = await cypher<{ id: string }>(shipped.graph,
      `MATCH (:FocusArea {name: 'Datennutzung'})-[:HAS_TARGET_VISION]->()<-[:CONTRIBUTES_TO]-(p:Project) RETURN DISTINCT p.id AS id ORDER BY id`,
    );
    expect(ofFocus.projects.edges.map((e) => e.node.id).sort()).toEqual(expected.map((r) => r.id));

    const ofFitko = await shipped.api.data(ProjectListDocument, { filter: { institution: 'FITKO' } });
    expect(ofFitko.projects.edges.map((e) => e.node.id).sort()).toEqual(['zapuk', 'zapuk-phase2']);

    const touching = await shipped.api.data(ProjectListDocument, { filter: { touching: 'ELSTER', touchingDepth: 2 } });
    expect(touching.projects.edges.map((e) => e.node.id).sort()).toEqual(['zapuk', 'zapuk-phase2']);

    const led = await shipped.api.data(ProjectListDocument, { filter: { relatedTo: [{ node: 'land-hamburg', type: 'LED_BY', direction: 'OUT' }] } });
    expect(led.projects.edges.map((e) => e.node.id).sort()).toEqual(['zapuk', 'zapuk-phase2']);
  });

  it('sorts by other fields with unknown values last, and rejects page sizes above the maximum', async () => {
    const byStatus = await shipped.api.data(ProjectListDocument, { orderBy: { field: 'STATUS', direction: 'DESC' }, first: 50 });
    const statuses = byStatus.projects.edges.map((e) => e.node.status ?? null);
    const known = statuses.filter((s) => s !== null);
    expect(statuses.slice(0, known.length)).toEqual(known);
    const wrong = await shipped.api.run(SystemListDocument, { first: 500 });
    expect(wrong.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors[0]?.message).toMatch(/first must be an integer from 0 to 100/);
  });

  it('searches in German: "Fahrzeugzulassungen" finds Fahrzeugzulassung, best class first, by score within a class', async () => {
    const { search } = await shipped.api.data(SearchDocument, { text: 'Fahrzeugzulassungen' });
    expect(search[0]).toMatchObject({ match: 'NAME', node: { id: 'leistung-fahrzeugzulassung' }, highlight: '<mark>Fahrzeugzulassung</mark>' });
    const order = ['EXACT', 'NAME', 'DESCRIPTION', 'FUZZY'];
    for (let i = 1; i < search.length; i++) {
      const [a, b] = [search[i - 1]!, search[i]!];
      expect(order.indexOf(a.match) < order.indexOf(b.match) || (a.match === b.match && a.score >= b.score)).toBe(true);
    }
    const onlySystems = await shipped.api.data(SearchDocument, { text: 'Fahrzeugzulassung', kinds: ['System'] });
    expect(onlySystems.search.map((h) => h.node.kind)).toEqual(onlySystems.search.map(() => 'System'));
    expect(onlySystems.search.map((h) => h.node.id)).toContain('sys-ikfz');
  });

  it.each(['"', '(ELSTER', 'ELSTER AND', 'NOT *', 'ELSTER~', 'a\\b', 'title:ELSTER', '[1 TO 5]'])(
    'searches Lucene syntax literally, never a server error: %s',
    async (text) => {
      const result = await shipped.api.run(SearchDocument, { text });
      for (const e of result.errors) expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      if (result.errors.length === 0) expect(Array.isArray(result.data?.search)).toBe(true);
    },
  );

  it('answers coverage counts alone exactly as with every column (a lighter statement then)', async () => {
    const full = await shipped.api.data(CoverageDocument);
    const countsOnly = parse('{ coverage { targetVision { id } covered projectCount programmeCount themeCount } }') as TypedDocumentNode<
      { coverage: { targetVision: { id: string }; covered: boolean; projectCount: number; programmeCount: number; themeCount: number }[] },
      Record<string, never>
    >;
    const counts = await shipped.api.run(countsOnly);
    expect(counts.roundTrips).toBe(1);
    expect(counts.data!.coverage).toEqual(
      full.coverage.map((c) => ({
        targetVision: { id: c.targetVision.id },
        covered: c.covered,
        projectCount: c.projectCount,
        programmeCount: c.programmeCount,
        themeCount: c.themeCount,
      })),
    );
    expect(full.coverage.some((c) => c.themeCount > 0 && c.covered) && full.coverage.some((c) => !c.covered)).toBe(true);
  });

  it('reads a page with only the selected properties and answers exactly as whole nodes do', async () => {
    const fields = 'id name status budgetEur startDate aliases description note confidence version attributes sources { url title retrieved } evidence { strength sourceCount } leadInstitutions { id }';
    type Row = Record<string, unknown> & { id: string };
    const page = parse(`query { projects(first: 100, filter: { institution: "FITKO" }) { nodes { ...on Node { kind } ...F } }
      all: projects(first: 100) { edges { node { ...F } } } } fragment F on Project { ${fields} }`) as TypedDocumentNode<
      { projects: { nodes: Row[] }; all: { edges: { node: Row }[] } },
      Record<string, never>
    >;
    // The oracle reads whole nodes: lookup reads every property (node(id:) reads, as a page does, what is selected).
    const one = parse(`query($id: String!) { node: lookup(ref: $id) { kind ...on Project { ${fields} } } }`) as TypedDocumentNode<{ node: Row }, { id: string }>;
    const { projects, all } = await shipped.api.data(page);
    expect(projects.nodes.length).toBeGreaterThan(0);
    expect(all.edges.length).toBeGreaterThan(projects.nodes.length);
    expect(all.edges.some((e) => e.node.description !== '' && (e.node.sources as unknown[]).length > 0)).toBe(true);
    for (const node of projects.nodes) expect(node).toEqual((await shipped.api.data(one, { id: node.id })).node);
    for (const { node } of all.edges) {
      const { kind: _, ...whole } = (await shipped.api.data(one, { id: node.id })).node;
      expect(node).toEqual(whole);
    }
  });

  it('describes its own model: every kind and relationship type with its rules', async () => {
    const { model } = await shipped.api.data(ModelDocument);
    expect(model.kinds.map((k) => k.kind)).toEqual([...NODE_KINDS]);
    expect(model.relationshipTypes.map((r) => r.type)).toEqual([...RELATIONSHIP_TYPES]);
    expect(model.relationshipTypes.find((r) => r.type === 'SUPPORTS')).toMatchObject({ category: 'DEPENDENCY', from: ['System'], to: ['Service'] });
  });
});
