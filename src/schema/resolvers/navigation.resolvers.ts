import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
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
import type { StoredNode } from '../../graph/repositories/index.js';
import type { Context } from '../context.type.js';
import { KIND_TYPES, typeOfKinds } from '../types/kind-types.js';

function describe(nav: Navigation): string {
  const arrow = nav.direction === 'out' ? `-[${nav.type}]->` : `<-[${nav.type}]-`;
  return `${ruleOf(nav.type).description} (${nav.kind} ${arrow} ${nav.otherKinds.join(' | ')}), sorted by name.`;
}

/**
 * The relationship fields of one kind, generated from the model's navigations. Each resolves through
 * the request's DataLoader for that field, so a field costs one round trip per nesting level.
 */
function createNavigationResolver(kind: NodeKind): Function {
  const cls = { [`${kind}Relationships`]: class {} }[`${kind}Relationships`]!;
  for (const nav of NAVIGATIONS[kind]) {
    const resolve = (root: StoredNode, first: number, ctx: Context): Promise<StoredNode[]> =>
      ctx.loaders.related(nav.type, nav.direction, nav.otherKinds, checkLimit('first', first, MAX_RELATED_LIMIT)).load(root.id);
    Object.defineProperty(cls.prototype, nav.field, { value: resolve, writable: true, configurable: true });
    Root()(cls.prototype, nav.field, 0);
    Arg('first', () => Int, { defaultValue: DEFAULT_RELATED_LIMIT, description: `At most this many (0..${MAX_RELATED_LIMIT}).` })(
      cls.prototype,
      nav.field,
      1,
    );
    Ctx()(cls.prototype, nav.field, 2);
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
