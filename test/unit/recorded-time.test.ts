import { describe, expect, it } from 'vitest';
import { replay, type HistoryEntry } from '../../src/domain/index.js';
import { entry, node, rel, t } from '../helpers/history.js';

const history: HistoryEntry[] = [
  entry(t(1), 'IMPORT_NODE', 'a', null, node('a', 'A')),
  entry(t(1), 'IMPORT_NODE', 'b', null, node('b', 'B')),
  entry(t(1), 'IMPORT_RELATIONSHIP', 'a', null, rel('a', 'b'), 'b'),
  entry(t(2), 'UPDATE_NODE', 'a', node('a', 'A'), node('a', 'A2')),
  entry(t(3), 'DELETE_NODE', 'b', { node: node('b', 'B'), version: 1, relationships: [rel('a', 'b')] }, null),
  entry(t(4), 'RESTORE_NODE', 'b', null, { node: node('b', 'B'), relationships: [rel('a', 'b')], skipped: [] }),
  entry(t(5), 'REMOVE_RELATIONSHIP', 'a', rel('a', 'b'), null, 'b'),
  entry(t(6), 'DELETE_NODE', 'a', { node: node('a', 'A2'), version: 2, relationships: [] }, null),
  entry(t(7), 'CREATE_NODE', 'a', null, node('a', 'A3')),
];

describe('replay (recorded time)', () => {
  it('answers the state at each instant, deletions, restores and re-creations included', () => {
    const at = (minute: number) => replay([...history].reverse(), t(minute));
    expect(at(0).nodes.size).toBe(0);
    expect(at(1).nodes.get('a')).toMatchObject({ state: node('a', 'A'), version: 1, createdAt: t(1), updatedAt: t(1) });
    expect([...at(1).relationships.keys()]).toEqual(['a -[DEPENDS_ON]-> b']);
    expect(at(2).nodes.get('a')).toMatchObject({ state: node('a', 'A2'), version: 2, createdAt: t(1), updatedAt: t(2) });
    expect(at(3).nodes.has('b')).toBe(false);
    expect(at(3).relationships.size).toBe(0);
    expect(at(4).nodes.get('b')).toMatchObject({ version: 2, createdAt: t(4) });
    expect(at(4).relationships.size).toBe(1);
    expect(at(5).relationships.size).toBe(0);
    expect(at(6).nodes.has('a')).toBe(false);
    expect(at(7).nodes.get('a')).toMatchObject({ state: node('a', 'A3'), version: 1, createdAt: t(7) });
    expect(replay(history).nodes.get('a')).toEqual(at(7).nodes.get('a'));
  });

  it('counts the instant itself as recorded (at is inclusive)', () => {
    expect(replay(history, '2026-01-01T10:01:59.999Z').nodes.get('a')?.version).toBe(1);
    expect(replay(history, t(2)).nodes.get('a')?.version).toBe(2);
  });
});
