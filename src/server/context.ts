import { randomUUID } from 'node:crypto';
import { newStats, type Causality, type Executor } from '../graph/index.js';
import { createRepositories } from '../graph/index.js';
import { createLoaders } from '../loaders/index.js';
import type { Context } from '../schema/index.js';
import { ANONYMOUS, type Principal } from './auth/authenticator.js';

export interface ContextOptions {
  /** DataLoader batching; off only for the benchmark that shows what it buys. */
  readonly batch: boolean;
  /** Where the graph is published (the nodes' IRIs). */
  readonly publicBaseUrl: string;
  /** The request's time (the transaction timeout): its statements share it (see QueryStats.deadline). */
  readonly timeoutMs?: number;
}

/** A fresh context per request: its own id, caller, round-trip counter and causal chain, repositories and loaders. */
export function createContext(
  executor: Executor,
  options: ContextOptions,
  principal: Principal = ANONYMOUS,
  requestId: string = randomUUID(),
  causality?: Causality,
): Context {
  const stats = newStats(causality, options.timeoutMs === undefined ? undefined : Date.now() + options.timeoutMs);
  const repos = createRepositories(executor, stats);
  return { requestId, stats, repos, actor: principal, loaders: createLoaders(repos, { batch: options.batch }), publicBaseUrl: options.publicBaseUrl };
}
