import { describe, expect, it } from 'vitest';
import { evidenceOf, latestDay, newestRetrieved, qualityReport, type GraphDocument, type NodeRecord, type RelationshipRecord } from '../../src/domain/index.js';

const node = (id: string, kind: NodeRecord['kind'], over: Partial<NodeRecord> = {}): NodeRecord => ({
  id,
  kind,
  name: id,
  aliases: [],
  description: 'test',
  sources: [{ url: `https://example.org/${id}`, retrieved: '2026-06-30' }],
  confidence: 'stated',
  attributes: {},
  fields: {},
  ...over,
});
const rel = (from: string, type: RelationshipRecord['type'], to: string, over: Partial<RelationshipRecord> = {}): RelationshipRecord => ({
  from,
  type,
  to,
  sources: [{ url: 'https://example.org/r' }],
  confidence: 'stated',
  properties: {},
  ...over,
});

describe('evidence of a fact', () => {
  it('grades contested, inferred, one source and several, and finds the newest published date', () => {
    const two = [
      { url: 'https://www.a.de/x', published: '2024' },
      { url: 'https://a.de/y', published: '2024-11-13' },
    ];
    expect(evidenceOf({ sources: two, confidence: 'stated' })).toEqual({ strength: 'multiple-sources', sourceCount: 2, publisherCount: 1, newestPublished: '2024' });
    expect(evidenceOf({ sources: [{ url: 'https://a.de/y', published: '2025-02' }, { url: 'https://b.de', published: '2025-02-28' }], confidence: 'stated' }).newestPublished).toBe('2025-02');
    expect(evidenceOf({ sources: two.slice(1), confidence: 'stated' }).strength).toBe('single-source');
    expect(evidenceOf({ sources: two, confidence: 'inferred' }).strength).toBe('inferred');
    expect(evidenceOf({ sources: two, confidence: 'contested' }).strength).toBe('contested');
    expect(evidenceOf({ sources: [{ url: 'https://a.de' }, { url: 'https://a.de' }], confidence: 'stated' })).toEqual({ strength: 'single-source', sourceCount: 1, publisherCount: 1 });
  });

  it('reads a partial date as its last day', () => {
    expect([latestDay('2024'), latestDay('2024-02'), latestDay('2025-02'), latestDay('2025-11-13')]).toEqual(['2024-12-31', '2024-02-29', '2025-02-28', '2025-11-13']);
  });
});

describe('the quality report', () => {
  const doc: GraphDocument = {
    nodes: [
      node('p', 'Project', { sources: [{ url: 'https://a.de', published: '2025-11-30' }, { url: 'https://b.de', retrieved: '2026-12-01' }] }),
      node('q', 'Project', { confidence: 'contested', note: 'the sources disagree', sources: [{ url: 'https://a.de', published: '2025-12-01' }] }),
      node('s', 'System', { sources: [{ url: 'https://c.de', published: '2025-11' }] }),
    ],
    relationships: [
      rel('p', 'INTEGRATES', 's', { confidence: 'inferred', note: 'ours' }),
      rel('s', 'DEPENDS_ON', 's', { sources: [{ url: 'https://c.de', published: '2020' }, { url: 'https://d.de' }] }),
    ],
  };

  it('counts per kind, relationships with the kind they start at, and a year back from the day asked', () => {
    const report = qualityReport(doc, '2026-12-01');
    expect(report.kinds).toEqual([
      { kind: 'Project', nodes: 2, relationships: 1, singleSource: 2, inferred: 1, contested: 1, olderThanAYear: 1, withoutPublished: 1 },
      { kind: 'System', nodes: 1, relationships: 1, singleSource: 1, inferred: 0, contested: 0, olderThanAYear: 2, withoutPublished: 0 },
    ]);
    expect(report.total).toEqual({ nodes: 3, relationships: 2, singleSource: 3, inferred: 1, contested: 1, olderThanAYear: 3, withoutPublished: 1 });
    expect(report.conflicts).toEqual([{ entity: 'node q', note: 'the sources disagree' }]);
    // One day later, q (published 2025-12-01) is more than a year old too.
    expect(qualityReport(doc, '2026-12-02').total.olderThanAYear).toBe(4);
  });

  it('is measured from the newest retrieved date unless a day is given', () => {
    expect(newestRetrieved(doc)).toBe('2026-12-01');
    expect(newestRetrieved({ nodes: [], relationships: [] })).toBeUndefined();
  });
});
