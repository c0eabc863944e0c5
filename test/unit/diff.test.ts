import { describe, expect, it } from 'vitest';
import { checkDiffSides, checkImpactDiffDates, diffStates, historyIds, holdsAt, recordedRangeProblem, relationshipKey, replay, type DiffSources, type HistoryEntry } from '../../src/domain/index.js';
import { entry, node, rel, t, type State } from '../helpers/history.js';

const key = (r: State) => relationshipKey(r as { from: string; type: 'DEPENDS_ON'; to: string });

/** The current store: nodes and relationships by id and key. */
const store = (nodes: State[], rels: State[], history: HistoryEntry[] = []): DiffSources => ({
  history,
  nodes: new Map(nodes.map((n) => [String(n['id']), n])),
  relationships: new Map(rels.map((r) => [key(r), r])),
});

const brief = (entries: ReturnType<typeof diffStates>) => entries.map((e) => `${e.change} ${e.entity} ${e.id}`);

describe('diffStates: valid time', () => {
  // a chair that changes on 2025-07-22, a ministry founded on 2025-05-06 with an unbounded relationship to it
  const sources = store(
    [node('mv', 'MV'), node('ulbrich', 'Ulbrich'), node('geue', 'Geue'), node('bmds', 'BMDS', { validFrom: '2025-05-06' }), node('itplr', 'IT-PLR')],
    [
      rel('ulbrich', 'itplr', { validFrom: '2025-01-01', validTo: '2025-07-22' }),
      rel('geue', 'itplr', { validFrom: '2025-07-22', validTo: '2026-01-01' }),
      rel('bmds', 'itplr'),
      rel('mv', 'itplr', { validFrom: '2025-01-01', validTo: '2026-01-01' }),
    ],
  );

  it('a relationship whose period ends between the dates is REMOVED, one that begins is ADDED, one that holds at both is absent', () => {
    const d = diffStates({ valid: '2025-07-01' }, { valid: '2025-08-01' }, sources);
    expect(brief(d)).toEqual(['ADDED RELATIONSHIP geue -[DEPENDS_ON]-> itplr', 'REMOVED RELATIONSHIP ulbrich -[DEPENDS_ON]-> itplr']);
    const added = d[0]!;
    expect(added).toMatchObject({ kind: 'DEPENDS_ON', name: 'Geue → IT-PLR', from: 'geue', to: 'itplr', before: null });
    expect(added.after).toEqual(rel('geue', 'itplr', { validFrom: '2025-07-22', validTo: '2026-01-01' }));
    expect(added.fields.map((f) => f.field)).toContain('validFrom');
    expect(d[1]!.before).not.toBeNull();
    expect(d[1]!.after).toBeNull();
  });

  it('a node that begins between the dates is ADDED with its unbounded relationships (they hold as long as it does)', () => {
    const d = diffStates({ valid: '2025-05-01' }, { valid: '2025-06-01' }, sources);
    expect(brief(d)).toEqual(['ADDED NODE bmds', 'ADDED RELATIONSHIP bmds -[DEPENDS_ON]-> itplr']);
    expect(d[0]).toMatchObject({ kind: 'System', name: 'BMDS' });
  });

  it('the same date on both sides, or dates with no bound between them, differ in nothing', () => {
    expect(diffStates({ valid: '2025-07-01' }, { valid: '2025-07-01' }, sources)).toEqual([]);
    expect(diffStates({ valid: '2025-08-01' }, { valid: '2025-09-01' }, sources)).toEqual([]);
  });

  it('a bound on the later date counts (validFrom inclusive, validTo exclusive)', () => {
    expect(brief(diffStates({ valid: '2025-07-21' }, { valid: '2025-07-22' }, sources))).toHaveLength(2);
    expect(diffStates({ valid: '2025-07-22' }, { valid: '2025-07-23' }, sources)).toEqual([]);
  });
});

describe('diffStates: recorded time', () => {
  const history: HistoryEntry[] = [
    entry(t(1), 'IMPORT_NODE', 'a', null, node('a', 'A')),
    entry(t(1), 'IMPORT_NODE', 'b', null, node('b', 'B')),
    entry(t(1), 'IMPORT_RELATIONSHIP', 'a', null, rel('a', 'b'), 'b'),
    entry(t(2), 'UPDATE_NODE', 'a', node('a', 'A'), node('a', 'A2')),
    entry(t(3), 'CREATE_NODE', 'c', null, node('c', 'C')),
    entry(t(4), 'DELETE_NODE', 'b', { node: node('b', 'B'), version: 1, relationships: [rel('a', 'b')] }, null),
  ];
  // the store now: a as updated, c created, b deleted with its relationship
  const now = store([node('a', 'A2'), node('c', 'C')], [], history);
  const at = (minute: number) => ({ valid: '2026-01-01', recorded: t(minute) });

  it('an update is CHANGED with the fields before → after', () => {
    const d = diffStates(at(1), at(2), now);
    expect(brief(d)).toEqual(['CHANGED NODE a']);
    expect(d[0]!.fields).toEqual([
      { field: 'name', before: 'A', after: 'A2' },
      { field: 'description', before: 'A', after: 'A2' },
    ]);
  });

  it('a creation is ADDED; a deletion REMOVEs the node and its relationships', () => {
    expect(brief(diffStates(at(2), at(3), now))).toEqual(['ADDED NODE c']);
    expect(brief(diffStates(at(3), at(4), now))).toEqual(['REMOVED NODE b', 'REMOVED RELATIONSHIP a -[DEPENDS_ON]-> b']);
  });

  it('without a recorded instant a side is the current store', () => {
    expect(brief(diffStates(at(1), { valid: '2026-01-01' }, now))).toEqual([
      'CHANGED NODE a',
      'REMOVED NODE b',
      'ADDED NODE c',
      'REMOVED RELATIONSHIP a -[DEPENDS_ON]-> b',
    ]);
    expect(diffStates({ valid: '2026-01-01' }, { valid: '2026-01-01' }, now)).toEqual([]);
  });

  it('is ordered by entity (nodes first), then id', () => {
    const d = diffStates(at(0), at(4), now);
    expect(brief(d)).toEqual(['ADDED NODE a', 'ADDED NODE c']);
  });

  it('combines both times: a node recorded later whose period begins between the dates', () => {
    const bounded = [...history, entry(t(5), 'UPDATE_NODE', 'c', node('c', 'C'), node('c', 'C', { validFrom: '2026-06-01' }))];
    const later = store([node('a', 'A2'), node('c', 'C', { validFrom: '2026-06-01' })], [], bounded);
    // at t(4) and 2026-01-01 c holds (no bound yet); at t(5) and 2026-07-01 it holds too, with a bound: CHANGED
    expect(diffStates({ valid: '2026-01-01', recorded: t(4) }, { valid: '2026-07-01', recorded: t(5) }, later)[0]).toMatchObject({
      change: 'CHANGED',
      id: 'c',
      fields: [{ field: 'validFrom', before: null, after: '2026-06-01' }],
    });
    // at 2026-01-01 as recorded at t(5), c does not hold yet
    expect(brief(diffStates({ valid: '2026-01-01', recorded: t(4) }, { valid: '2026-01-01', recorded: t(5) }, later))).toEqual(['REMOVED NODE c']);
  });

  it('a node older than the history is, before its first entry, what that entry found (not absent)', () => {
    const old = [entry(t(6), 'UPDATE_NODE', 'x', node('x', 'X'), node('x', 'X2')), entry(t(7), 'REMOVE_RELATIONSHIP', 'x', rel('x', 'y'), null, 'y')];
    const sources = store([node('x', 'X2'), node('y', 'Y')], [], old);
    const d = diffStates(at(5), at(7), sources);
    expect(brief(d)).toEqual(['CHANGED NODE x', 'REMOVED RELATIONSHIP x -[DEPENDS_ON]-> y']);
  });

  it('a restore ADDs the node back with the relationships it restored', () => {
    const restored = [...history, entry(t(5), 'RESTORE_NODE', 'b', null, { node: node('b', 'B'), relationships: [rel('a', 'b')], skipped: [] })];
    const sources = store([node('a', 'A2'), node('b', 'B'), node('c', 'C')], [rel('a', 'b')], restored);
    expect(brief(diffStates(at(4), at(5), sources))).toEqual(['ADDED NODE b', 'ADDED RELATIONSHIP a -[DEPENDS_ON]-> b']);
    expect(diffStates(at(3), at(5), sources)).toEqual([]);
  });

  it('given only the history of the nodes touched, a relationship to an end deleted before is in neither state', () => {
    // c was deleted (with a -> c) before t(3); only a is touched after it, so c's deletion is not among the entries
    const partial = [
      entry(t(1), 'IMPORT_NODE', 'a', null, node('a', 'A')),
      entry(t(1), 'IMPORT_RELATIONSHIP', 'a', null, rel('a', 'c'), 'c'),
      entry(t(5), 'UPDATE_NODE', 'a', node('a', 'A'), node('a', 'A2')),
    ];
    const sources = store([node('a', 'A2')], [], partial);
    expect(brief(diffStates(at(3), at(6), sources))).toEqual(['CHANGED NODE a']);
    expect(brief(diffStates(at(3), { valid: '2026-01-01' }, sources))).toEqual(['CHANGED NODE a']);
  });

  it('historyIds names the nodes of the entries and the ends of the relationships in them', () => {
    expect(historyIds(history).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('recordedRangeProblem', () => {
  const now = new Date('2026-12-04T12:00:00.000Z');
  it('accepts an instant from the first entry to now, both included', () => {
    for (const at of ['2026-01-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z', now.toISOString()]) expect(recordedRangeProblem(at, '2026-01-01T00:00:00.000Z', now)).toBeUndefined();
  });
  it('names the range for one before, in the future, or with no history', () => {
    expect(recordedRangeProblem('2025-12-31T23:59:59.999Z', '2026-01-01T00:00:00.000Z', now)).toEqual({
      message: "lies outside the graph's record: the record runs from 2026-01-01T00:00:00.000Z to now (2026-12-04T12:00:00.000Z)",
      range: { from: '2026-01-01T00:00:00.000Z', to: '2026-12-04T12:00:00.000Z' },
    });
    expect(recordedRangeProblem('2026-12-04T12:00:00.001Z', '2026-01-01T00:00:00.000Z', now)).toBeDefined();
    expect(recordedRangeProblem('2026-06-01T00:00:00.000Z', null, now)?.message).toBe("lies outside the graph's record: the history is empty");
  });
});

describe('checkDiffSides', () => {
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  it('defaults valid to today and keeps a recorded instant as ISO', () => {
    expect(checkDiffSides({ recorded: new Date('2026-01-01T10:00:00Z') }, {}, '2026-12-04')).toEqual({
      from: { valid: '2026-12-04', recorded: '2026-01-01T10:00:00.000Z' },
      to: { valid: '2026-12-04' },
    });
  });
  it('refuses a from later than to (BAD_USER_INPUT, naming both)', () => {
    expect(() => checkDiffSides({ valid: day('2025-08-01') }, { valid: day('2025-07-01') }, '2026-12-04')).toThrow(/from.valid \(2025-08-01\) must not be after to.valid \(2025-07-01\)/);
    expect(() => checkDiffSides({ recorded: new Date('2026-01-02T00:00:00Z') }, { recorded: new Date('2026-01-01T00:00:00Z') }, '2026-12-04')).toThrow(
      /from.recorded .* must not be after to.recorded/,
    );
    try {
      checkDiffSides({ valid: day('2025-08-01') }, { valid: day('2025-07-01') }, '2026-12-04');
    } catch (e) {
      expect((e as { code: string }).code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('diffStates against the whole graph compared state by state (random histories)', () => {
  /** A small deterministic generator (mulberry32), so that a failure can be replayed by its seed. */
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const DATES = ['2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01', '2026-01-01'];
  const IDS = ['a', 'b', 'c', 'd', 'e'];
  const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 10, i)).toISOString();

  /** A history the writers could have written: creates, updates (names and periods), deletions, restores, relationships. */
  function history(rnd: () => number, steps: number): HistoryEntry[] {
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const period = (): State => {
      const [f, t] = [pick([undefined, ...DATES]), pick([undefined, ...DATES])];
      return f && t && f >= t ? { validFrom: f } : { ...(f ? { validFrom: f } : {}), ...(t ? { validTo: t } : {}) };
    };
    const nodes = new Map<string, State>();
    const deleted = new Map<string, { node: State; relationships: State[] }>();
    const rels = new Map<string, State>();
    const entries: HistoryEntry[] = [];
    for (let i = 1; i <= steps; i++) {
      const id = pick(IDS);
      const other = pick(IDS.filter((x) => x !== id));
      const choice = rnd();
      const k = key(rel(id, other));
      if (!nodes.has(id) && deleted.has(id) && choice < 0.3) {
        const saved = deleted.get(id)!;
        const back = saved.relationships.filter((r) => nodes.has(String(r['from'] === id ? r['to'] : r['from'])));
        nodes.set(id, saved.node);
        deleted.delete(id);
        for (const r of back) rels.set(key(r), r);
        entries.push(entry(at(i), 'RESTORE_NODE', id, null, { node: saved.node, relationships: back, skipped: [] }));
      } else if (!nodes.has(id)) {
        const n = node(id, `${id}${i}`, period());
        nodes.set(id, n);
        entries.push(entry(at(i), rnd() < 0.5 ? 'CREATE_NODE' : 'IMPORT_NODE', id, null, n));
      } else if (choice < 0.15) {
        const mine = [...rels.values()].filter((r) => r['from'] === id || r['to'] === id);
        deleted.set(id, { node: nodes.get(id)!, relationships: mine });
        entries.push(entry(at(i), 'DELETE_NODE', id, { node: nodes.get(id), version: 1, relationships: mine }, null));
        nodes.delete(id);
        for (const r of mine) rels.delete(key(r));
      } else if (choice < 0.45) {
        const n = node(id, rnd() < 0.5 ? `${id}${i}` : String(nodes.get(id)!['name']), period());
        entries.push(entry(at(i), 'UPDATE_NODE', id, nodes.get(id), n));
        nodes.set(id, n);
      } else if (nodes.has(other) && !rels.has(k)) {
        const r = rel(id, other, rnd() < 0.5 ? period() : {});
        rels.set(k, r);
        entries.push(entry(at(i), rnd() < 0.5 ? 'CREATE_RELATIONSHIP' : 'IMPORT_RELATIONSHIP', id, null, r, other));
      } else if (rels.has(k)) {
        entries.push(entry(at(i), 'REMOVE_RELATIONSHIP', id, rels.get(k), null, other));
        rels.delete(k);
      }
    }
    return entries;
  }

  /** S(side) of the whole graph: every node and relationship, replayed from every entry. */
  function state(entries: HistoryEntry[], side: { valid: string; recorded?: string }): Map<string, State> {
    const g = replay(entries, side.recorded);
    const nodes = new Map([...g.nodes].filter(([, n]) => holdsAt(n.state, side.valid)).map(([id, n]) => [id, n.state]));
    const out = new Map<string, State>([...nodes].map(([id, n]) => [`NODE ${id}`, n]));
    for (const [k, r] of g.relationships) if (holdsAt(r, side.valid) && nodes.has(String(r['from'])) && nodes.has(String(r['to']))) out.set(`RELATIONSHIP ${k}`, r);
    return out;
  }

  /** What the repository reads (cypher/read/diff/history and current), emulated on the final graph. */
  function sources(entries: HistoryEntry[], since: string | undefined, low: string, high: string): DiffSources {
    const final = replay(entries);
    const later = (e: HistoryEntry) => since !== undefined && new Date(e.at) > new Date(since);
    const ids = new Set(entries.filter(later).flatMap((e) => [e.targetId, ...(e.otherId ? [e.otherId] : [])]));
    const history = entries.filter((e) => ids.has(e.targetId) || (e.otherId !== null && e.otherId !== undefined && ids.has(e.otherId)));
    const between = (p: State) => [p['validFrom'], p['validTo']].some((b) => typeof b === 'string' && low < b && b <= high);
    const seeds = new Set([...historyIds(history), ...[...final.nodes].filter(([, n]) => between(n.state)).map(([id]) => id)].filter((id) => final.nodes.has(id)));
    const rels = new Map([...final.relationships].filter(([, r]) => seeds.has(String(r['from'])) || seeds.has(String(r['to'])) || between(r)));
    const nodeIds = new Set([...seeds, ...[...rels.values()].flatMap((r) => [String(r['from']), String(r['to'])])]);
    return { history, nodes: new Map([...nodeIds].map((id) => [id, final.nodes.get(id)!.state])), relationships: rels };
  }

  it('finds exactly the differences of the whole graph, for 300 random histories and sides', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rnd = random(seed);
      const entries = history(rnd, 30);
      const instants = [undefined, ...Array.from({ length: 31 }, (_, i) => at(i))];
      let [r1, r2] = [instants[Math.floor(rnd() * instants.length)], instants[Math.floor(rnd() * instants.length)]];
      if (r1 === undefined || (r2 !== undefined && r1 > r2)) [r1, r2] = [r2, r1];
      let [v1, v2] = [DATES[Math.floor(rnd() * 5)]!, DATES[Math.floor(rnd() * 5)]!];
      if (v1 > v2) [v1, v2] = [v2, v1];
      const from = { valid: v1, ...(r1 ? { recorded: r1 } : {}) };
      const to = { valid: v2, ...(r2 ? { recorded: r2 } : {}) };
      const [a, b] = [state(entries, from), state(entries, to)];
      const expected = [...new Set([...a.keys(), ...b.keys()])]
        .filter((k) => !a.has(k) || !b.has(k) || JSON.stringify(a.get(k)) !== JSON.stringify(b.get(k)))
        .map((k) => `${!a.has(k) ? 'ADDED' : !b.has(k) ? 'REMOVED' : 'CHANGED'} ${k}`)
        .sort();
      const got = diffStates(from, to, sources(entries, [r1, r2].find((r) => r !== undefined), v1, v2));
      expect(brief(got).sort(), `seed ${seed}`).toEqual(expected);
    }
  });
});

describe('checkImpactDiffDates: the two states an impactDiff compares', () => {
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  const now = new Date('2026-12-04T12:00:00Z');

  it('defaults the valid date to today and the recorded instant to the current graph', () => {
    expect(checkImpactDiffDates({}, { valid: day('2026-01-01') }, '2025-06-01', now)).toEqual({ from: { valid: '2025-06-01' }, to: { valid: '2026-01-01' } });
    expect(checkImpactDiffDates({ recorded: new Date('2026-12-01T08:00:00Z') }, {}, '2026-12-04', now)).toEqual({
      from: { valid: '2026-12-04', recorded: '2026-12-01T08:00:00.000Z' },
      to: { valid: '2026-12-04' },
    });
  });

  it('refuses going back in either time, naming from', () => {
    expect(() => checkImpactDiffDates({ valid: day('2026-01-02') }, { valid: day('2026-01-01') }, '2026-12-04', now)).toThrow(/from\.valid \(2026-01-02\) must not be after/);
    expect(() => checkImpactDiffDates({ recorded: new Date('2026-12-02T00:00:00Z') }, { recorded: new Date('2026-12-01T00:00:00Z') }, '2026-12-04', now)).toThrow(/from\.recorded .* must not be after/);
    // the current graph is later than every past instant
    expect(() => checkImpactDiffDates({}, { recorded: new Date('2026-12-01T00:00:00Z') }, '2026-12-04', now)).toThrow(/from\.recorded \(now\)/);
  });
});
