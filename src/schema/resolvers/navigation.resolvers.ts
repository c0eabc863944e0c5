import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import {
  DEFAULT_RELATED_LIMIT,
  MAX_RELATED_LIMIT,
  NAVIGATIONS,
  NODE_KINDS,
  checkLimit,
  ruleOf,
  type Navigation,
  type NodeKind,
} from '../../domain/index.js';
import type { NodeView } from '../../graph/index.js';
import type { Context } from '../context.type.js';
import { KIND_TYPES, typeOfKinds } from '../types/kind-types.js';
import { planFor } from './plan.js';

function describe(nav: Navigation): string {
  const arrow = nav.direction === 'out' ? `-[${nav.type}]->` : `<-[${nav.type}]-`;
  return `${ruleOf(nav.type).description} (${nav.kind} ${arrow} ${nav.otherKinds.join(' | ')}), sorted by name.`;
}

/**
 * The relationship fields of one kind, generated from the model's navigations. Each resolves through
 * the request's DataLoader for its plan, so a field costs at most one round trip per nesting level; when
 * relationship fields are selected under it, they are planned into the same statement (see plan.ts), and the
 * whole subtree costs one round trip.
 */
function createNavigationResolver(kind: NodeKind): Function {
  const cls = { [`${kind}Relationships`]: class {} }[`${kind}Relationships`]!;
  for (const nav of NAVIGATIONS[kind]) {
    const resolve = (root: NodeView, first: number, ctx: Context, info: GraphQLResolveInfo): Promise<NodeView[]> => {
      const limit = checkLimit('first', first, MAX_RELATED_LIMIT);
      // A plan reads `first` as this resolver does (a `first` it cannot read from the document: every property, nothing below).
      const plan = planFor(nav, info, ctx) ?? { type: nav.type, direction: nav.direction, kinds: nav.otherKinds, first: limit, keys: null, children: [] };
      return ctx.loaders.related(plan).load(root.id);
    };
    Object.defineProperty(cls.prototype, nav.field, { value: resolve, writable: true, configurable: true });
    Root()(cls.prototype, nav.field, 0);
    Arg('first', () => Int, { defaultValue: DEFAULT_RELATED_LIMIT, description: `At most this many (0..${MAX_RELATED_LIMIT}).` })(
      cls.prototype,
      nav.field,
      1,
    );
    Ctx()(cls.prototype, nav.field, 2);
    Info()(cls.prototype, nav.field, 3);
    FieldResolver(() => [typeOfKinds(nav.otherKinds)], { description: describe(nav) })(
      cls.prototype,
      nav.field,
      Object.getOwnPropertyDescriptor(cls.prototype, nav.field)!,
    );
  }
  Resolver(() => KIND_TYPES[kind])(cls);
  return cls;
}

export const NAVIGATION_RESOLVERS: readonly Function[] = NODE_KINDS.map(createNavigationResolver);
