import { asOfArg, type AsOfInput } from '../inputs/as-of.input.js';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { MAX_SEARCH_RESULTS, checkLimit, type NodeKind } from '../../domain/index.js';
import type { SearchHit } from '../../graph/index.js';
import type { Context } from '../context.type.js';
import { NodeKindEnum } from '../enums.js';
import { SearchHitType } from '../types/analysis.type.js';
import { selectionInput, selects } from '../selection.js';
import { nodeProperties } from './plan.js';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHitType], {
    description:
      'Search over names, aliases and descriptions in German: exact names and aliases first (EXACT), then hits with ' +
      'every word in the name or aliases (NAME), in the description (DESCRIPTION), then typos and partial matches ' +
      '(FUZZY); by score within a class. Words match as words, stems ("Fahrzeugzulassungen" finds ' +
      '"Fahrzeugzulassung") and parts of compounds ("Zulassung" finds "Fahrzeugzulassung"). The text is taken ' +
      'literally: Lucene operators have no effect; at most 12 words count.',
  })
  async search(
    @Arg('text', () => String) text: string,
    @Arg('kinds', () => [NodeKindEnum], { nullable: true, description: 'Only these kinds.' }) kinds: NodeKind[] | undefined,
    @Arg('first', () => Int, { defaultValue: 10, description: `At most this many (0..${MAX_SEARCH_RESULTS}).` }) first: number,
    @asOfArg() _asOf: AsOfInput | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchHit[]> {
    // The hits' nodes read only what is selected of them; the highlight only when it is selected.
    const read = { keys: nodeProperties(info), highlight: selects(info.fieldNodes, 'highlight', selectionInput(info)) };
    return ctx.repos.nodes.search(text, kinds?.length ? kinds : null, checkLimit('first', first, MAX_SEARCH_RESULTS), read);
  }
}
