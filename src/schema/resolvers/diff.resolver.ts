import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { checkLimit, decodeCursor, MAX_DIFF_HISTORY, MAX_PAGE_SIZE } from '../../domain/index.js';
import { cursorAt } from '../../graph/index.js';
import type { Context } from '../context.type.js';
import { AsOfInput } from '../inputs/as-of.input.js';
import { DiffConnectionType } from '../types/diff.type.js';

/** What changed between two states of the graph (src/domain/diff.ts). */
@Resolver()
export class DiffResolver {
  @Query(() => DiffConnectionType, {
    description:
      'What differs between two states of the graph. A state is the graph as recorded at asOf.recorded (the history ' +
      'replayed to that instant; default now: the current store) restricted to what holds at asOf.valid (valid time; ' +
      'default today in Germany): its nodes whose period holds at the date, its relationships whose period holds and ' +
      'whose two nodes are in the state. Compared are the nodes and relationships in the import format (every field: ' +
      'name, description, period, kind fields, sources, confidence, note, attributes, relationship properties), not ' +
      'versions or timestamps. ADDED: only in `to`; REMOVED: only in `from`; CHANGED: in both, with the fields that ' +
      'differ (before → after). Ordered by entity (nodes first), then id (node id, relationship key), paged (first: ' +
      `0..${MAX_PAGE_SIZE}, after: the endCursor of the previous page). \`to\` is the later state: a \`from\` after it ` +
      'in valid or recorded time, a recorded instant outside the record (before the history\'s first entry, in the ' +
      'future; extensions.range names it), or a foreign cursor, is BAD_USER_INPUT. Only what can differ is read: the history ' +
      `recorded after the earlier instant (at most ${MAX_DIFF_HISTORY} entries replayed, beyond that QUERY_TOO_COMPLEX) and the ` +
      'periods that begin or end between the two dates (bounded nodes by their label Bounded, bounded relationships from ' +
      'their ends\' label BoundedEnds).',
  })
  async diff(
    @Arg('from', () => AsOfInput, { description: 'The earlier state.' }) from: AsOfInput,
    @Arg('to', () => AsOfInput, { description: 'The later state.' }) to: AsOfInput,
    @Arg('first', () => Int, { defaultValue: 50, description: `At most this many (0..${MAX_PAGE_SIZE}).` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<DiffConnectionType> {
    const limit = checkLimit('first', first, MAX_PAGE_SIZE);
    const offset = after == null ? 0 : decodeCursor(after) + 1;
    const entries = await ctx.repos.history.diff(from, to);
    const edges = entries.slice(offset, offset + limit).map((node, i) => ({ cursor: cursorAt(offset, i), node }));
    return {
      edges,
      nodes: edges.map((e) => e.node),
      pageInfo: {
        hasNextPage: offset + limit < entries.length,
        hasPreviousPage: offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: entries.length,
    };
  }
}
