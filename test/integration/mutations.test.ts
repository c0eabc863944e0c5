import { beforeEach, describe, expect, it } from 'vitest';
import {
  CreateNodeDocument as CreateNode,
  CreateRelationshipDocument as CreateRelationship,
  DeleteNodeDocument as DeleteNode,
  HistoryDocument as History,
  ImportDocumentsDocument as ImportDocuments,
  NodeVersionDocument as NodeVersion,
  RemoveRelationshipDocument as RemoveRelationship,
  RestoreNodeDocument as RestoreNode,
  UpdateNodeDocument as UpdateNode,
} from '../../src/client/index.js';
import type { Principal } from '../../src/server/index.js';
import { cypher, snapshot } from '../helpers/graph.js';
import { loadShippedGraph, useTestApi } from '../helpers/shipped.js';

const editor: Principal = { kind: 'apiKey', subject: 'test-editor', role: 'editor' };
const admin: Principal = { kind: 'token', subject: 'test-admin', role: 'admin' };
const viewer: Principal = { kind: 'apiKey', subject: 'test-viewer', role: 'viewer' };
const SOURCES = [{ url: 'https://www.it-planungsrat.de/', retrieved: '2026-11-27' }];


describe('mutations with history', () => {
  const env = useTestApi();
  beforeEach(async () => {
    await loadShippedGraph(env.graph);
  });

  const newSystem = (id = 'sys-test') => ({ id, kind: 'System' as const, name: 'Testsystem', description: 'Ein System für Tests', sources: SOURCES });

  it('creates a node for an editor, with version 1 and a CREATE_NODE entry in the history', async () => {
    const { createNode } = await env.api.data(CreateNode, { input: newSystem() }, editor);
    expect(createNode).toEqual({ id: 'sys-test', kind: 'System', name: 'Testsystem', version: 1 });
    const { history } = await env.api.data(History, { id: 'sys-test' }, editor);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ operation: 'CREATE_NODE', actor: { kind: 'apiKey', subject: 'test-editor', role: 'editor' }, before: null });
    expect(history[0]!.after).toMatchObject({ id: 'sys-test', kind: 'System', name: 'Testsystem', sources: SOURCES });
  });

  it('refuses anonymous callers (UNAUTHENTICATED) and viewers (FORBIDDEN), changing nothing', async () => {
    const before = await snapshot(env.graph);
    const anonymous = await env.api.run(CreateNode, { input: newSystem() });
    expect(anonymous.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const weak = await env.api.run(CreateNode, { input: newSystem() }, viewer);
    expect(weak.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot(env.graph)).toEqual(before);
  });

  it('validates like the import: one error per field, and nothing written', async () => {
    const before = await snapshot(env.graph);
    const result = await env.api.run(
      CreateNode,
      { input: { ...newSystem('Bad Id'), sources: [{ url: 'ftp://nowhere' }], fields: { budgetEur: 5 } } },
      editor,
    );
    expect(result.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = result.errors[0]?.extensions?.problems as { field: string }[];
    expect(problems.map((p) => p.field).sort()).toEqual(['budgetEur', 'id', 'sources[0].url']);
    expect(await snapshot(env.graph)).toEqual(before);
  });

  it('answers CONFLICT for an id that exists', async () => {
    const result = await env.api.run(CreateNode, { input: { ...newSystem('sys-elster') } }, editor);
    expect(result.errors[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('updates with optimistic concurrency: the right version wins, a stale one gets CONFLICT and overwrites nothing', async () => {
    const { node } = await env.api.data(NodeVersion, { id: 'sys-elster' });
    const version = node!.version;
    const { updateNode } = await env.api.data(UpdateNode, { id: 'sys-elster', expectedVersion: version, input: { description: 'Neu beschrieben' } }, editor);
    expect(updateNode).toMatchObject({ description: 'Neu beschrieben', version: version + 1 });
    const stale = await env.api.run(UpdateNode, { id: 'sys-elster', expectedVersion: version, input: { description: 'Überschrieben?' } }, editor);
    expect(stale.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: version + 1, expectedVersion: version });
    expect((await env.api.data(NodeVersion, { id: 'sys-elster' })).node?.description).toBe('Neu beschrieben');
    const [entry] = (await env.api.data(History, { id: 'sys-elster' }, editor)).history;
    expect(entry).toMatchObject({ operation: 'UPDATE_NODE' });
    expect(entry!.before).toMatchObject({ name: 'ELSTER' });
    expect((entry!.before as { description: string }).description).not.toBe('Neu beschrieben');
    expect(entry!.after).toMatchObject({ description: 'Neu beschrieben' });
  });

  it('lets exactly one of several concurrent updates of the same version through, round after round', async () => {
    for (let round = 0; round < 5; round++) {
      const { node } = await env.api.data(NodeVersion, { id: 'sys-bundid' });
      const results = await Promise.all(
        ['A', 'B', 'C', 'D'].map((who) => env.api.run(UpdateNode, { id: 'sys-bundid', expectedVersion: node!.version, input: { note: `Runde ${round} von ${who}` } }, editor)),
      );
      const codes = results.map((r) => r.errors[0]?.extensions?.code ?? 'OK').sort();
      expect(codes, `round ${round}`).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
      const after = (await env.api.data(NodeVersion, { id: 'sys-bundid' })).node!;
      expect(after.version).toBe(node!.version + 1);
      const winner = results.findIndex((r) => r.errors.length === 0);
      expect((await env.api.data(History, { id: 'sys-bundid' }, editor)).history[0]!.after).toMatchObject({ note: `Runde ${round} von ${'ABCD'[winner]}` });
    }
  });

  it('keeps a node that cannot change kind or id, and validates the merged result', async () => {
    const { node } = await env.api.data(NodeVersion, { id: 'sys-elster' });
    const result = await env.api.run(UpdateNode, { id: 'sys-elster', expectedVersion: node!.version, input: { name: '', fields: { status: 'running' } } }, editor);
    expect(result.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (result.errors[0]?.extensions?.problems as { field: string }[]).map((p) => p.field).sort();
    expect(fields).toEqual(['name', 'status']);
  });

  it('deletes a node with its relationships, and an admin restores both from the history', async () => {
    const rels = async () =>
      (await cypher<{ r: string }>(env.graph, "MATCH (a)-[r]-(b) WHERE a.id = 'sys-muk' RETURN startNode(r).id + ' ' + type(r) + ' ' + endNode(r).id AS r")).map((x) => x.r).sort();
    const relsBefore = await rels();
    expect(relsBefore.length).toBeGreaterThan(3);
    const { node } = await env.api.data(NodeVersion, { id: 'sys-muk' });
    const { deleteNode } = await env.api.data(DeleteNode, { id: 'sys-muk', expectedVersion: node!.version }, editor);
    expect(deleteNode).toEqual({ id: 'sys-muk', version: node!.version });
    expect((await env.api.data(NodeVersion, { id: 'sys-muk' })).node).toBeNull();
    expect(await rels()).toEqual([]);

    const notAdmin = await env.api.run(RestoreNode, { id: 'sys-muk' }, editor);
    expect(notAdmin.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const { restoreNode } = await env.api.data(RestoreNode, { id: 'sys-muk' }, admin);
    expect(restoreNode).toEqual({ id: 'sys-muk', skippedRelationships: [] });
    expect(await rels()).toEqual(relsBefore);
    const restored = (await env.api.data(NodeVersion, { id: 'sys-muk' })).node!;
    expect(restored.version).toBe(node!.version + 1);
    expect((await env.api.data(History, { id: 'sys-muk' }, editor)).history.map((h) => h.operation).slice(0, 2)).toEqual(['RESTORE_NODE', 'DELETE_NODE']);
  });

  it('creates relationships the model allows, refuses the others, and records both ends in the history', async () => {
    await env.api.data(CreateNode, { input: newSystem() }, editor);
    const ok = await env.api.data(CreateRelationship, { input: { from: 'sys-test', type: 'SUPPORTS', to: 'leistung-fahrzeugzulassung', sources: SOURCES, properties: { nature: 'Test' } } }, editor);
    expect(ok.createRelationship).toMatchObject({ type: 'SUPPORTS', from: 'sys-test', to: 'leistung-fahrzeugzulassung', node: { id: 'leistung-fahrzeugzulassung' } });
    const duplicate = await env.api.run(CreateRelationship, { input: { from: 'sys-test', type: 'SUPPORTS', to: 'leistung-fahrzeugzulassung', sources: SOURCES } }, editor);
    expect(duplicate.errors[0]?.extensions?.code).toBe('CONFLICT');
    const wrong = await env.api.run(CreateRelationship, { input: { from: 'leistung-fahrzeugzulassung', type: 'SUPPORTS', to: 'sys-test', sources: SOURCES } }, editor);
    expect(wrong.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors[0]?.message).toContain('SUPPORTS may not connect Service to System');
    const noSource = await env.api.run(CreateRelationship, { input: { from: 'sys-test', type: 'DEPENDS_ON', to: 'sys-elster', sources: [] } }, editor);
    expect((noSource.errors[0]?.extensions?.problems as { field: string }[])[0]?.field).toBe('sources');

    expect((await env.api.data(RemoveRelationship, { from: 'sys-test', type: 'SUPPORTS', to: 'leistung-fahrzeugzulassung' }, editor)).removeRelationship).toBe(true);
    const service = (await env.api.data(History, { id: 'leistung-fahrzeugzulassung' }, editor)).history.map((h) => h.operation);
    expect(service.slice(0, 2)).toEqual(['REMOVE_RELATIONSHIP', 'CREATE_RELATIONSHIP']);
  });

  it('records what an import changed, with the state before', async () => {
    const history = (await env.api.data(History, { id: 'sys-elster' }, editor)).history;
    expect(history.map((h) => h.operation)).toContain('IMPORT_NODE');
    expect(history.find((h) => h.operation === 'IMPORT_NODE')).toMatchObject({ before: null, after: { id: 'sys-elster' }, actor: { kind: 'cli' } });
  });

  it('imports documents over the API for admins only, validated whole and atomic', async () => {
    const doc = { nodes: [{ id: 'topic-api-import', kind: 'Topic', name: 'API-Import', description: 'Test', sources: SOURCES }] };
    expect((await env.api.run(ImportDocuments, { documents: [doc] }, editor)).errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const dry = await env.api.data(ImportDocuments, { documents: [doc], dryRun: true }, admin);
    expect(dry.importDocuments.nodes).toEqual([{ name: 'Topic', created: 1, updated: 0, unchanged: 0, kept: 0 }]);
    expect(dry.importDocuments.edited).toEqual([]);
    expect((await env.api.data(NodeVersion, { id: 'topic-api-import' })).node).toBeNull();

    const before = await snapshot(env.graph);
    const bad = { relationships: [{ from: 'topic-api-import', type: 'TAGGED', to: 'nowhere', sources: SOURCES }] };
    const refused = await env.api.run(ImportDocuments, { documents: [doc, bad] }, admin);
    expect(refused.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors[0]?.extensions?.problems).toContainEqual(expect.objectContaining({ file: 'documents[1]', entity: 'relationship topic-api-import -[TAGGED]-> nowhere', field: 'to' }));
    expect(await snapshot(env.graph)).toEqual(before);

    await env.api.data(ImportDocuments, { documents: [doc] }, admin);
    const [entry] = (await env.api.data(History, { id: 'topic-api-import' }, editor)).history;
    expect(entry).toMatchObject({ operation: 'IMPORT_NODE', actor: { kind: 'token', subject: 'test-admin', role: 'admin' } });
  });

  it('refuses non-string list items in importDocuments with BAD_USER_INPUT naming document, entity and field (not "Unexpected error.")', async () => {
    for (const aliases of [[2024], [null]]) {
      const doc = { nodes: [{ id: 'topic-x', kind: 'Topic', name: 'X', aliases, description: 'd', sources: SOURCES }] };
      const refused = await env.api.run(ImportDocuments, { documents: [doc] }, admin);
      expect(refused.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.errors[0]?.extensions?.problems).toEqual([
        expect.objectContaining({ file: 'documents[0]', entity: 'node topic-x', field: 'aliases[0]', message: `must be a non-empty string, got ${JSON.stringify(aliases[0])}` }),
      ]);
    }
  });

  it('refuses a relationship from a node to itself where the model does not allow it (ELSTER DEPENDS_ON ELSTER)', async () => {
    const refused = await env.api.run(CreateRelationship, { input: { from: 'sys-elster', type: 'DEPENDS_ON', to: 'sys-elster', sources: SOURCES } }, editor);
    expect(refused.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'to', message: 'DEPENDS_ON may not connect a node to itself (sys-elster)' }),
    ]);
  });

  it('importDocuments names nodes edited through the API since their last import, and keepEdits leaves them alone', async () => {
    const { node } = await env.api.data(NodeVersion, { id: 'sys-elster' });
    await env.api.data(UpdateNode, { id: 'sys-elster', expectedVersion: node!.version, input: { description: 'Vom Redakteur geändert' } }, editor);
    const history = (await env.api.data(History, { id: 'sys-elster' })).history;
    const imported = history.find((h) => h.operation === 'IMPORT_NODE')!.after as Record<string, unknown>;
    const doc = { nodes: [{ ...imported, description: 'Aus dem Import' }] };
    const dry = await env.api.data(ImportDocuments, { documents: [doc], dryRun: true }, admin);
    expect(dry.importDocuments.edited).toEqual([{ id: 'sys-elster', kind: 'System', operation: 'UPDATE_NODE', at: expect.any(String), kept: false }]);
    const kept = await env.api.data(ImportDocuments, { documents: [doc], keepEdits: true }, admin);
    expect(kept.importDocuments.nodes).toEqual([{ name: 'System', created: 0, updated: 0, unchanged: 0, kept: 1 }]);
    expect((await env.api.data(NodeVersion, { id: 'sys-elster' })).node!.description).toBe('Vom Redakteur geändert');
  });
});
