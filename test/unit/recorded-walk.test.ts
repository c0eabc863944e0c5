import { describe, expect, it } from 'vitest';
import { byHopsNameId, keysetPage, walkBack } from '../../src/domain/index.js';

// walkBack and keysetPage: the traversals over the record's relationships in memory (src/domain/recorded-walk.ts).
const hop = (from: string, to: string, stated = true) => ({ from, to, stated });
const hops = [hop('a', 'o'), hop('b', 'a'), hop('b', 'o', false), hop('c', 'b'), hop('o', 'c'), hop('x', 'y')];

describe('walkBack (the record’s traversals)', () => {
  it('reaches every node with a path of 1..depth hops to the origin, by its fewest hops, with one shortest path', () => {
    const reached = walkBack('o', hops, 2);
    expect([...reached.values()].map((w) => [w.id, w.hops, w.path.map((h) => `${h.from}->${h.to}`).join(' ')])).toEqual([
      ['a', 1, 'a->o'],
      ['b', 1, 'b->o'],
      ['c', 2, 'c->b b->o'],
    ]);
    // the origin only over a cycle, within the depth
    expect(walkBack('o', hops, 3).get('o')).toMatchObject({ hops: 3 });
  });

  it('follows only the hops it is told to', () => {
    const stated = walkBack('o', hops, 3, (h) => h.stated);
    expect([...stated.values()].map((w) => [w.id, w.hops])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });
});

describe('keysetPage', () => {
  const rows = [
    { hops: 1, name: 'B', id: '2' },
    { hops: 1, name: 'B', id: '3' },
    { hops: 2, name: 'A', id: '1' },
  ];
  it('orders by hops, name, id and pages after a key', () => {
    expect([...rows].reverse().sort(byHopsNameId)).toEqual(rows);
    expect(keysetPage(rows, (r) => r, 2, null)).toEqual({ rows: rows.slice(0, 2), total: 3, hasNextPage: true, hasPreviousPage: false });
    expect(keysetPage(rows, (r) => r, 2, rows[1]!)).toEqual({ rows: [rows[2]], total: 3, hasNextPage: false, hasPreviousPage: true });
  });
});
