import { asOfArg, type AsOfInput } from '../inputs/as-of.input.js';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { resolveReference, type StoredNode } from '../../graph/index.js';
import type { Context } from '../context.type.js';
import { NodeInterface } from '../types/node.interface.js';

@Resolver()
export class LookupResolver {
  @Query(() => NodeInterface, {
    description:
      'The node a reference names: its id, or else its exact name or one of its aliases (case ignored), as the ' +
      'traversals read references. NOT_FOUND (with candidates) when none does, BAD_USER_INPUT when several do.',
  })
  async lookup(@Arg('ref', () => String) ref: string, @asOfArg() _asOf: AsOfInput | undefined, @Ctx() ctx: Context): Promise<StoredNode> {
    // At a past recorded instant (asOf.recorded) the record's node: names and aliases as they were then.
    const node = await resolveReference(ctx.repos.nodes, ref, 'ref', ctx.repos.record.at === undefined ? ctx.repos.nodes : ctx.repos.record);
    ctx.loaders.node.prime(node.id, node);
    return node;
  }
}
