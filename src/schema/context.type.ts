import type { Loaders } from '../loaders/index.js';
import type { QueryStats, Repositories } from '../graph/repositories/index.js';

/** What every resolver gets for the request it serves. Built fresh per request by the server. */
export interface Context {
  readonly requestId: string;
  readonly repos: Repositories;
  readonly loaders: Loaders;
  /** Statements sent to Neo4j for this request (round trips), and their time. */
  readonly stats: QueryStats;
}
