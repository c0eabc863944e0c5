import { describe, expect, it } from 'vitest';
import { listPage, sortKey, type ListPageQuery } from '../../src/domain/index.js';

// listPage: a kind's list over nodes in memory (the record at a past instant), as cypher/read/list/page.cypher lists.
const project = (id: string, name: string, fields: Record<string, string | number> = {}, more: { aliases?: string[]; confidence?: 'stated' | 'inferred'; updatedAt?: string } = {}) => ({
  id,
  kind: 'Project' as const,
  name,
  aliases: more.aliases ?? [],
  confidence: more.confidence ?? ('stated' as const),
  fields,
  ...(more.updatedAt ? { updatedAt: more.updatedAt } : {}),
});
const nodes = [
  project('p3', 'Zentrale Plattform', { status: 'RUNNING', budgetEur: 500 }, { updatedAt: '2026-12-04T10:00:00.5Z' }),
  project('p1', 'Ämterportal', { status: 'PLANNED' }, { aliases: ['Bürgerzugang'], updatedAt: '2026-12-04T10:00:00.25Z' }),
  project('p2', 'Amtsregister', { status: 'RUNNING', budgetEur: 100 }, { confidence: 'inferred', updatedAt: '2026-12-04T10:00:01Z' }),
  { ...project('s1', 'Anderes System'), kind: 'System' as const },
];
const query = (q: Partial<ListPageQuery> = {}): ListPageQuery => ({ kind: 'Project', filter: {}, ids: null, sortField: 'name', descending: false, offset: 0, limit: 10, ...q });
const ids = (q: Partial<ListPageQuery>) => listPage(nodes, query(q)).nodes.map((n) => n.id);

describe('listPage (a list over the record)', () => {
  it('lists one kind by sort name (accents folded), then id, counting all that pass', () => {
    expect(sortKey('Ämterportal')).toBe('amterportal');
    expect(listPage(nodes, query())).toMatchObject({ total: 3 });
    expect(ids({})).toEqual(['p1', 'p2', 'p3']);
    expect(ids({ descending: true })).toEqual(['p3', 'p2', 'p1']);
  });

  it('sorts by a field with unknown values last in both directions, and by the time of the last write', () => {
    expect(ids({ sortField: 'budgetEur' })).toEqual(['p2', 'p3', 'p1']);
    expect(ids({ sortField: 'budgetEur', descending: true })).toEqual(['p3', 'p2', 'p1']);
    // instants with fractions of different lengths compare as times, not as text
    expect(ids({ sortField: 'updatedAt' })).toEqual(['p1', 'p3', 'p2']);
  });

  it('applies the property filters and the ids the relational filters left', () => {
    expect(ids({ filter: { nameContains: 'AMT' } })).toEqual(['p1', 'p2']);
    expect(ids({ filter: { nameContains: 'ZUGANG' } })).toEqual(['p1']);
    expect(ids({ filter: { status: ['RUNNING'] } })).toEqual(['p2', 'p3']);
    expect(ids({ filter: { budgetMin: 200 } })).toEqual(['p3']);
    expect(ids({ filter: { budgetMax: 200 } })).toEqual(['p2']);
    expect(ids({ filter: { confidence: 'inferred' } })).toEqual(['p2']);
    expect(ids({ ids: new Set(['p3', 's1']) })).toEqual(['p3']);
    expect(listPage(nodes, query({ kind: 'System' })).nodes.map((n) => n.name)).toEqual(['Anderes System']);
  });

  it('pages from the offset, the total unchanged', () => {
    expect(listPage(nodes, query({ offset: 1, limit: 1 }))).toMatchObject({ total: 3, nodes: [{ id: 'p2' }] });
    expect(listPage(nodes, query({ offset: 3 }))).toMatchObject({ total: 3, nodes: [] });
  });
});
