import { Field, Int, ObjectType } from 'type-graphql';
import type { NodeKind } from '../../domain/index.js';
import { KIND_TYPES, type KindClass } from './kind-types.js';

@ObjectType('PageInfo', { description: 'Relay page information; cursors are opaque.' })
export class PageInfoType {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor?: string | null;

  @Field(() => String, { nullable: true })
  endCursor?: string | null;
}

export interface ConnectionClasses {
  readonly connection: new () => object;
  readonly edge: new () => object;
}

/**
 * A Relay connection per kind (ProjectConnection, ProjectEdge). `totalCount` is a getter on the result
 * object, so it counts in Neo4j only when a client asks for it.
 */
function createConnection(kind: NodeKind, nodeType: KindClass): ConnectionClasses {
  const edge = { [`${kind}Edge`]: class {} }[`${kind}Edge`]!;
  Field(() => String)(edge.prototype, 'cursor');
  Field(() => nodeType)(edge.prototype, 'node');
  ObjectType(`${kind}Edge`)(edge);

  const connection = { [`${kind}Connection`]: class {} }[`${kind}Connection`]!;
  Field(() => [edge])(connection.prototype, 'edges');
  Field(() => [nodeType], { description: 'The nodes of the edges, for clients that need no cursors.' })(connection.prototype, 'nodes');
  Field(() => PageInfoType)(connection.prototype, 'pageInfo');
  Field(() => Int, { description: 'How many nodes pass the filter (all pages).' })(connection.prototype, 'totalCount');
  ObjectType(`${kind}Connection`, { description: `A page of ${kind} nodes.` })(connection);
  return { connection, edge };
}

const cache = new Map<NodeKind, ConnectionClasses>();

export function connectionOf(kind: NodeKind): ConnectionClasses {
  let classes = cache.get(kind);
  if (!classes) {
    classes = createConnection(kind, KIND_TYPES[kind]);
    cache.set(kind, classes);
  }
  return classes;
}
