import type { Actor, Role } from '../domain/index.js';
import type { Loaders } from '../loaders/index.js';
import type { QueryStats, Repositories } from '../graph/index.js';

/** What every resolver gets for the request it serves. Built fresh per request by the server. */
export interface Context {
  readonly requestId: string;
  /** Who asks, as authenticated by the server (anonymous when there were no credentials). */
  readonly actor: Actor & { readonly role: Role | null };
  readonly repos: Repositories;
  readonly loaders: Loaders;
  /** Statements sent to Neo4j for this request (round trips), and their time. */
  readonly stats: QueryStats;
  /** Where the graph is published: nodes' IRIs are made from it. */
  readonly publicBaseUrl: string;
}
