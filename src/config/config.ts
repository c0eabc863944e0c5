/**
 * All configuration, parsed once from the environment into a frozen, typed object.
 * The only module that knows environment variable names; defaults match the local launcher.
 */
export type Environment = 'development' | 'production' | 'test';

export interface Neo4jConfig {
  /** Bolt URI of the database; undefined means "start the local launcher". */
  readonly uri: string | undefined;
  readonly user: string;
  readonly password: string;
  readonly database: string;
  /** Per-transaction timeout in milliseconds. */
  readonly transactionTimeoutMs: number;
}

export interface LocalNeo4jConfig {
  readonly port: number;
  readonly dataDir: string;
  readonly heapMb: number;
  readonly pageCacheMb: number;
}

export interface Config {
  readonly env: Environment;
  readonly neo4j: Neo4jConfig;
  readonly local: LocalNeo4jConfig;
  readonly http: { readonly port: number; readonly host: string };
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export const DEFAULT_NEO4J_PORT = 7687;
export const DEFAULT_NEO4J_USER = 'neo4j';
export const DEFAULT_NEO4J_PASSWORD = 'strategiegraph';

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  string(name: string, fallback: string): string {
    const v = this.env[name];
    return v === undefined || v === '' ? fallback : v;
  }

  optional(name: string): string | undefined {
    const v = this.env[name];
    return v === undefined || v === '' ? undefined : v;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      this.problems.push(`${name} must be an integer from ${min} to ${max}, got '${raw}'`);
      return fallback;
    }
    return n;
  }

  oneOf<T extends string>(name: string, values: readonly T[], fallback: T): T {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (!(values as readonly string[]).includes(raw)) {
      this.problems.push(`${name} must be one of ${values.join(', ')}, got '${raw}'`);
      return fallback;
    }
    return raw as T;
  }
}

/** Parses and validates; throws ConfigError listing every problem. */
export function loadConfig(env: Env): Config {
  const r = new Reader(env);
  const uri = r.optional('NEO4J_URI');
  if (uri !== undefined && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+(:\d+)?\/?$/.test(uri)) {
    r.problems.push(`NEO4J_URI must look like bolt://host:7687 or neo4j://host, got '${uri}'`);
  }
  const password = r.string('NEO4J_PASSWORD', DEFAULT_NEO4J_PASSWORD);
  if (password.length < 8) r.problems.push('NEO4J_PASSWORD must have at least 8 characters (a Neo4j rule)');
  const database = r.string('NEO4J_DATABASE', 'neo4j');
  if (!/^[A-Za-z][A-Za-z0-9.-]{2,62}$/.test(database)) r.problems.push(`NEO4J_DATABASE is not a database name: '${database}'`);
  const nodeEnv = r.oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const config: Config = {
    env: nodeEnv,
    neo4j: {
      uri,
      user: r.string('NEO4J_USER', DEFAULT_NEO4J_USER),
      password,
      database,
      transactionTimeoutMs: r.int('NEO4J_TX_TIMEOUT_MS', 15_000, 100, 3_600_000),
    },
    local: {
      port: r.int('NEO4J_PORT', DEFAULT_NEO4J_PORT, 0, 65535),
      dataDir: r.string('NEO4J_DATA', '.neo4j'),
      heapMb: r.int('NEO4J_HEAP_MB', 1024, 256, 65536),
      pageCacheMb: r.int('NEO4J_PAGECACHE_MB', 512, 64, 65536),
    },
    http: { port: r.int('PORT', 4000, 0, 65535), host: r.string('HOST', '127.0.0.1') },
    logLevel: r.oneOf('LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const, nodeEnv === 'test' ? 'warn' : 'info'),
  };
  if (r.problems.length > 0) throw new ConfigError(r.problems);
  return Object.freeze(config);
}

/** The Bolt URI to use: NEO4J_URI, or the local launcher's port on this machine. */
export function boltUri(config: Config): string {
  return config.neo4j.uri ?? `bolt://127.0.0.1:${config.local.port}`;
}
