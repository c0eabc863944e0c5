import { describe, expect, it } from 'vitest';
import { checkChangeWindow, DomainError, fieldChanges } from '../../src/domain/index.js';

const node = { id: 'sys-a', kind: 'System', name: 'A', description: 'Alt', sources: [{ url: 'https://a.example/', retrieved: '2026-01-01' }] };

describe('fieldChanges', () => {
  it('lists every field of a creation, before null', () => {
    expect(fieldChanges(null, node)).toEqual([
      { field: 'id', before: null, after: 'sys-a' },
      { field: 'kind', before: null, after: 'System' },
      { field: 'name', before: null, after: 'A' },
      { field: 'description', before: null, after: 'Alt' },
      { field: 'sources', before: null, after: node.sources },
    ]);
  });

  it('lists only the fields an update changed, a removed field after null, an added one before null', () => {
    const { description: _dropped, ...rest } = node;
    const after = { ...rest, name: 'B', validFrom: '2026-01-01' };
    expect(fieldChanges(node, after)).toEqual([
      { field: 'name', before: 'A', after: 'B' },
      { field: 'validFrom', before: null, after: '2026-01-01' },
      { field: 'description', before: 'Alt', after: null },
    ]);
  });

  it('compares nested values by content, whatever their key order', () => {
    const reordered = { ...node, sources: [{ retrieved: '2026-01-01', url: 'https://a.example/' }] };
    expect(fieldChanges(node, reordered)).toEqual([]);
    const changed = { ...node, sources: [{ url: 'https://b.example/', retrieved: '2026-01-01' }] };
    expect(fieldChanges(node, changed)).toEqual([{ field: 'sources', before: node.sources, after: changed.sources }]);
  });

  it("reads a deletion's and a restore's node out of their { node, … } states", () => {
    expect(fieldChanges({ node, version: 3, relationships: [] }, null).map((f) => [f.field, f.before, f.after])).toEqual([
      ['id', 'sys-a', null],
      ['kind', 'System', null],
      ['name', 'A', null],
      ['description', 'Alt', null],
      ['sources', node.sources, null],
    ]);
    expect(fieldChanges(null, { node, relationships: [], skipped: [] }).map((f) => f.field)).toEqual(['id', 'kind', 'name', 'description', 'sources']);
  });

  it('diffs relationships by their own fields', () => {
    const rel = { from: 'sys-a', type: 'DEPENDS_ON', to: 'sys-b', confidence: 'stated' };
    expect(fieldChanges(null, rel).map((f) => f.field)).toEqual(['from', 'type', 'to', 'confidence']);
    expect(fieldChanges(rel, { ...rel, confidence: 'inferred' })).toEqual([{ field: 'confidence', before: 'stated', after: 'inferred' }]);
  });
});

describe('checkChangeWindow', () => {
  it('gives ISO instants and refuses since after until (BAD_USER_INPUT)', () => {
    expect(checkChangeWindow(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-02T00:00:00Z'))).toEqual({
      since: '2026-01-01T00:00:00.000Z',
      until: '2026-01-02T00:00:00.000Z',
    });
    expect(checkChangeWindow(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z')).since).toBe('2026-01-01T00:00:00.000Z');
    let error: unknown;
    try {
      checkChangeWindow(new Date('2026-01-02T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('BAD_USER_INPUT');
  });
});
