import { describe, expect, expectTypeOf, it } from 'vitest';
import { nodeFromProps, nodeFromValue, type NodeView, type StoredNode } from '../../src/graph/neo4j/mapping.js';
import type { Loaders } from '../../src/loaders/index.js';

describe('a node read with some of its properties (NodeView)', () => {
  it('holds only what was read, and parses sources and attributes only when they were read and are asked for', () => {
    const view = nodeFromValue(['p1', 'Project', 'Name', 'active'], ['id', 'kind', 'name', 'status']);
    expect(Object.keys(view).sort()).toEqual(['fields', 'id', 'kind', 'name', 'status']);
    expect(view).toMatchObject({ id: 'p1', kind: 'Project', name: 'Name', status: 'active', fields: { status: 'active' } });
    // Not JSON: parsing it would throw, so it is parsed only when read.
    const lazy = nodeFromValue(['p1', 'Project', 'not json'], ['id', 'kind', 'sourcesJson']);
    expect(() => lazy.sources).toThrow(SyntaxError);
    const whole = nodeFromProps({ id: 'p1', kind: 'Project', name: 'Name', sourcesJson: 'not json', attributesJson: '{"a":1}' });
    expect(whole.attributes).toEqual({ a: 1 });
    expect(() => whole.sources).toThrow(SyntaxError);
  });

  it('is the whole node when every property was read (keys null)', () => {
    const node = nodeFromValue({ id: 'p1', kind: 'Project', name: 'Name', description: 'd', sourcesJson: '[]' }, null);
    expect(node).toMatchObject({ id: 'p1', name: 'Name', description: 'd', sources: [], aliases: [] });
  });

  it('cannot be primed into the node loader as a whole node (checked by the type check of the tests)', () => {
    expectTypeOf<NodeView>().not.toMatchTypeOf<StoredNode>();
    expectTypeOf<StoredNode>().toMatchTypeOf<NodeView>();
    const prime = (loader: Loaders['node'], view: NodeView, whole: StoredNode) => {
      loader.prime(whole.id, whole);
      // @ts-expect-error a view lacks what a whole node has
      loader.prime(view.id, view);
    };
    expect(typeof prime).toBe('function');
  });
});
