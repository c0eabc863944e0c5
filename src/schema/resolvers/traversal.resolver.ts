import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { checkDepth } from '../../domain/index.js';
import { resolveReference } from '../../graph/repositories/index.js';
import type { Context } from '../context.type.js';
import { ImpactType, PathType, TouchingProjectType } from '../types/path.type.js';

const REF = 'A node reference: its id, or else its exact name or one of its aliases (case ignored).';

/**
 * Traversals over the dependency relationships (category DEPENDENCY). Each is one Cypher statement, bounded by
 * maxDepth (1..6), that resolves its node references itself. Only when a reference names no node or several
 * does the resolver resolve it separately, to answer NOT_FOUND with candidates or BAD_USER_INPUT with the matches.
 */
@Resolver()
export class TraversalResolver {
  @Query(() => [TouchingProjectType], {
    description:
      'Every project with a directed path over dependency relationships of 1..maxDepth hops to the target; hops are the ' +
      'fewest such hops and path one shortest path. Sorted by hops, then project name, then id.',
  })
  async projectsTouching(
    @Arg('target', () => String, { description: REF }) target: string,
    @Arg('maxDepth', () => Int, { defaultValue: 3 }) maxDepth: number,
    @Ctx() ctx: Context,
  ): Promise<TouchingProjectType[]> {
    const depth = checkDepth('maxDepth', maxDepth);
    const found = target.trim() === '' ? undefined : await ctx.repos.traversals.projectsTouching(target, depth);
    const rows = found ?? (await ctx.repos.traversals.projectsTouching((await resolveReference(ctx.repos.nodes, target, 'target')).id, depth)) ?? [];
    return rows.map((r) => ({ project: r.path.nodes[0]!, hops: r.hops, path: r.path })) as unknown as TouchingProjectType[];
  }

  @Query(() => ImpactType, {
    description:
      'What is affected if a node changes: every node with a directed dependency path of 1..maxDepth hops to it, the ' +
      'projects among them, the Zielbilder they contribute to, those Zielbilder\'s Schwerpunktthemen and the projects\' known budget.',
  })
  async impact(
    @Arg('of', () => String, { description: REF }) of: string,
    @Arg('maxDepth', () => Int, { defaultValue: 4 }) maxDepth: number,
    @Ctx() ctx: Context,
  ): Promise<ImpactType> {
    const depth = checkDepth('maxDepth', maxDepth);
    const found = of.trim() === '' ? undefined : await ctx.repos.traversals.impact(of, depth);
    if (found) return found as unknown as ImpactType;
    const node = await resolveReference(ctx.repos.nodes, of, 'of');
    const impact = await ctx.repos.traversals.impact(node.id, depth);
    return (impact ?? { of: node, affected: [], projects: [], targetVisions: [], focusAreas: [], totalBudgetEur: 0 }) as unknown as ImpactType;
  }

  @Query(() => PathType, {
    nullable: true,
    description: 'The fewest hops between two nodes, ignoring direction and type; null if there is none within maxDepth.',
  })
  async shortestPath(
    @Arg('from', () => String, { description: REF }) from: string,
    @Arg('to', () => String, { description: REF }) to: string,
    @Arg('maxDepth', () => Int, { defaultValue: 6 }) maxDepth: number,
    @Ctx() ctx: Context,
  ): Promise<PathType | null> {
    const depth = checkDepth('maxDepth', maxDepth);
    const found = from.trim() === '' || to.trim() === '' ? undefined : await ctx.repos.traversals.shortestPath(from, to, depth);
    if (found !== undefined) return found as unknown as PathType | null;
    const [a, b] = [await resolveReference(ctx.repos.nodes, from, 'from'), await resolveReference(ctx.repos.nodes, to, 'to')];
    return ((await ctx.repos.traversals.shortestPath(a.id, b.id, depth)) ?? null) as unknown as PathType | null;
  }
}
