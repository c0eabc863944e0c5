import { describe, expect, it } from 'vitest';
import { decideList, type ListRequest, type RelationalFilter } from '../../src/graph/index.js';

const base: Pick<ListRequest, 'filter' | 'relational' | 'sortField' | 'descending'> = { filter: {}, relational: [], sortField: 'name', descending: false };
const related: RelationalFilter = { by: 'related', ref: 'ozg', type: 'CONTRIBUTES_TO', direction: 'OUT' };
const touching: RelationalFilter = { by: 'touching', ref: 'ozg', depth: 2 };

describe('the decision table of lists', () => {
  it('reads an unfiltered page by name ascending in index order, counted for free', () => {
    expect(decideList(base)).toEqual({ first: [], page: { statement: 'read/list/page-by-name' } });
  });

  it('reads any other page without relational filters with the page statement', () => {
    const page = { first: [], page: { statement: 'read/list/page', filter: null } };
    expect(decideList({ ...base, descending: true })).toEqual(page);
    expect(decideList({ ...base, sortField: 'budgetEur' })).toEqual(page);
    expect(decideList({ ...base, filter: { nameContains: 'x' } })).toEqual(page);
    expect(decideList({ ...base, filter: { status: ['active'] } })).toEqual(page);
    // An absent property filter is no filter.
    expect(decideList({ ...base, filter: { nameContains: undefined } })).toEqual({ first: [], page: { statement: 'read/list/page-by-name' } });
  });

  it('resolves one relational filter in the page statement itself', () => {
    expect(decideList({ ...base, relational: [related] })).toEqual({ first: [], page: { statement: 'read/list/page', filter: related } });
    expect(decideList({ ...base, relational: [touching], filter: { budgetMin: 1 } })).toEqual({ first: [], page: { statement: 'read/list/page', filter: touching } });
  });

  it('resolves several relational filters first, in order, then pages over the ids left', () => {
    expect(decideList({ ...base, relational: [related, touching] })).toEqual({ first: [related, touching], page: { statement: 'read/list/page', filter: null } });
  });

  it('never chooses among more than three statements', () => {
    const requests = [base, { ...base, descending: true }, { ...base, relational: [related] }, { ...base, relational: [related, touching] }];
    const statements = new Set(requests.flatMap((r) => {
      const d = decideList(r);
      return [d.page.statement, ...d.first.map(() => 'read/list/filter-ids')];
    }));
    expect([...statements].sort()).toEqual(['read/list/filter-ids', 'read/list/page', 'read/list/page-by-name']);
  });
});
