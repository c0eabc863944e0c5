import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { MAX_SEARCH_RESULTS, checkLimit, type NodeKind } from '../../domain/index.js';
import type { Context } from '../context.type.js';
import { NodeKindEnum } from '../enums.js';
import { SearchHitType } from '../types/analysis.type.js';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHitType], {
    description:
      'Full-text search over names, aliases and descriptions with the German analyzer ("Fahrzeugzulassungen" finds ' +
      '"Fahrzeugzulassung"). The text is taken literally: Lucene operators have no effect. Best matches first.',
  })
  async search(
    @Arg('text', () => String) text: string,
    @Arg('kinds', () => [NodeKindEnum], { nullable: true, description: 'Only these kinds.' }) kinds: NodeKind[] | undefined,
    @Arg('first', () => Int, { defaultValue: 10, description: `At most this many (0..${MAX_SEARCH_RESULTS}).` }) first: number,
    @Ctx() ctx: Context,
  ): Promise<SearchHitType[]> {
    const hits = await ctx.repos.nodes.search(text, kinds?.length ? kinds : null, checkLimit('first', first, MAX_SEARCH_RESULTS));
    for (const h of hits) ctx.loaders.node.prime(h.node.id, h.node);
    return hits as unknown as SearchHitType[];
  }
}
