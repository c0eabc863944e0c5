/**
 * All configuration, parsed once from the environment into a frozen, typed object.
 * The only module that knows environment variable names; defaults match the local launcher.
 */
import { ROLES, isRole, type Role } from '../domain/roles.js';

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

export interface OidcConfig {
  readonly issuer: string;
  readonly audience: string;
  readonly jwksUrl: string;
  /** Where the roles are in the token, as a dotted path (Keycloak: realm_access.roles). */
  readonly roleClaim: string;
  /** Claim value → role. */
  readonly roleMap: Readonly<Record<string, Role>>;
  readonly clockSkewSeconds: number;
  /** The dashboard's public client at the provider (authorization code with PKCE); undefined: the dashboard offers API keys only. */
  readonly dashboardClientId?: string;
  /** The scope the dashboard asks for (OIDC_DASHBOARD_SCOPE). */
  readonly dashboardScope?: string;
}

export interface AuthConfig {
  /** Reading without credentials (the strategy is public information). */
  readonly anonymousRead: boolean;
  /** Bearer tokens from an OpenID Connect provider; undefined = only API keys. */
  readonly oidc: OidcConfig | undefined;
}

export interface LimitsConfig {
  readonly maxDepth: number;
  readonly maxCost: number;
  readonly maxAliases: number;
  readonly maxTokens: number;
  readonly maxBodyBytes: number;
  /** A GraphQL answer larger than this (serialised JSON) is refused with QUERY_TOO_COMPLEX (limit answerBytes). */
  readonly maxAnswerBytes: number;
  /** Requests costing at least this much are expensive: they run in the admission lane, the others at once. */
  readonly laneCost: number;
  /** The summed cost of the expensive requests that may run at the same time (at least maxCost). */
  readonly laneCapacity: number;
  /** Expensive requests waiting beyond this many are refused with SERVER_BUSY (503). */
  readonly laneQueue: number;
  /** How long a streamed traversal export (GET /traversals/…) may take in all, its Neo4j transaction included. */
  readonly streamTimeoutMs: number;
}

/** The linked-data face: IRIs, the SPARQL endpoint and the DCAT-AP.de description of the data set. */
export interface LinkedDataConfig {
  /** Where the server is published, without a trailing slash: node IRIs are `<publicBaseUrl>/id/<id>`. */
  readonly publicBaseUrl: string;
  readonly sparql: {
    /** A query running longer is stopped (its worker is ended) and answered with QUERY_TIMEOUT. */
    readonly timeoutMs: number;
    /** A larger answer is refused with QUERY_TOO_COMPLEX. */
    readonly maxResultBytes: number;
  };
  /** Who publishes the data set, for /dcat (DCAT-AP.de). */
  readonly catalogue: {
    readonly publisher: string;
    readonly publisherUrl: string;
    readonly contactEmail: string | undefined;
    /** An IRI of the DCAT-AP.de licence list (http://dcat-ap.de/def/licenses/…). */
    readonly license: string;
    /** GovData's id of the data provider (http://dcat-ap.de/def/contributors/…), where one was assigned. */
    readonly contributorId: string | undefined;
  };
}

export interface MetricsConfig {
  /** A separate port for /metrics (only /metrics there); undefined = /metrics on the main port. */
  readonly port: number | undefined;
  /** When set, /metrics answers only requests with `Authorization: Bearer <token>`. */
  readonly token: string | undefined;
}

export interface TracingConfig {
  /** OTLP/HTTP base URL (traces go to <endpoint>/v1/traces); undefined = no tracing. */
  readonly endpoint: string | undefined;
  readonly serviceName: string;
  /** Extra headers for the collector (OTEL_EXPORTER_OTLP_HEADERS: k=v,k2=v2). */
  readonly headers: Readonly<Record<string, string>>;
}

export type LogFormat = 'auto' | 'json';

export interface Config {
  readonly env: Environment;
  readonly neo4j: Neo4jConfig;
  readonly local: LocalNeo4jConfig;
  readonly http: { readonly port: number; readonly host: string };
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** auto: pretty lines (pino-pretty) when stderr is a terminal, JSON lines otherwise; json: always JSON lines. */
  readonly logFormat: LogFormat;
  readonly metrics: MetricsConfig;
  readonly tracing: TracingConfig;
  readonly auth: AuthConfig;
  readonly limits: LimitsConfig;
  readonly linkedData: LinkedDataConfig;
  /** Introspection and GraphiQL (and field suggestions in errors). */
  readonly introspection: boolean;
  /** Accept only the persisted documents of operations/ (production dashboards). */
  readonly trustedDocumentsOnly: boolean;
  /** Round trips and timings in extensions.strategiegraph. */
  readonly debugExtensions: boolean;
  /** Trusted documents run compiled with graphql-jit (everything else with graphql-js); false: all with graphql-js. */
  readonly graphqlJit: boolean;
  /** The CLI's credentials for --url (so they need not appear in the process list). */
  readonly cliToken: string | undefined;
  /**
   * The server the CLI's query commands talk to (STRATEGIEGRAPH_URL): a /graphql URL, or `local` to run them in
   * the CLI's own process; unset: the local server (http://127.0.0.1:PORT/graphql) when it answers, else in process.
   */
  readonly cliUrl: string | undefined;
  /** The CLI's language when --lang does not say (STRATEGIEGRAPH_LANG: de or en; unset: de). */
  readonly cliLang: string | undefined;
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

  bool(name: string, fallback: boolean): boolean {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (/^(true|1|on|yes)$/i.test(raw)) return true;
    if (/^(false|0|off|no)$/i.test(raw)) return false;
    this.problems.push(`${name} must be true or false, got '${raw}'`);
    return fallback;
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

function readHeaders(r: Reader, name: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const pair of (r.optional(name) ?? '').split(',').filter((p) => p.trim() !== '')) {
    const at = pair.indexOf('=');
    if (at <= 0) {
      r.problems.push(`${name} entries look like key=value, got '${pair.trim()}'`);
      continue;
    }
    headers[decodeURIComponent(pair.slice(0, at).trim())] = decodeURIComponent(pair.slice(at + 1).trim());
  }
  return headers;
}

function readTracing(r: Reader): TracingConfig {
  const endpoint = r.optional('OTEL_EXPORTER_OTLP_ENDPOINT');
  if (endpoint !== undefined && !/^https?:\/\/[^\s]+$/.test(endpoint)) {
    r.problems.push(`OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL, got '${endpoint}'`);
  }
  return {
    endpoint: endpoint?.replace(/\/+$/, ''),
    serviceName: r.string('OTEL_SERVICE_NAME', 'strategiegraph'),
    headers: readHeaders(r, 'OTEL_EXPORTER_OTLP_HEADERS'),
  };
}

function readOidc(r: Reader): OidcConfig | undefined {
  const issuer = r.optional('OIDC_ISSUER');
  const audience = r.optional('OIDC_AUDIENCE');
  const jwksUrl = r.optional('OIDC_JWKS_URL');
  if (issuer === undefined && audience === undefined && jwksUrl === undefined) return undefined;
  if (issuer === undefined || audience === undefined || jwksUrl === undefined) {
    r.problems.push('OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL go together: set all three or none');
    return undefined;
  }
  if (!/^https?:\/\//.test(jwksUrl)) r.problems.push(`OIDC_JWKS_URL must be an http(s) URL, got '${jwksUrl}'`);
  const roleMap: Record<string, Role> = {};
  for (const pair of r.string('OIDC_ROLE_MAP', 'viewer:viewer,editor:editor,admin:admin').split(',')) {
    const [claim, role] = pair.split(':').map((p) => p.trim());
    if (!claim || !isRole(role)) {
      r.problems.push(`OIDC_ROLE_MAP entries look like claim-value:role with role one of ${ROLES.join(', ')}, got '${pair}'`);
      continue;
    }
    roleMap[claim] = role;
  }
  return {
    issuer,
    audience,
    jwksUrl,
    roleClaim: r.string('OIDC_ROLE_CLAIM', 'roles'),
    roleMap,
    clockSkewSeconds: r.int('OIDC_CLOCK_SKEW_S', 60, 0, 3600),
    dashboardClientId: r.optional('OIDC_DASHBOARD_CLIENT_ID'),
    dashboardScope: r.string('OIDC_DASHBOARD_SCOPE', 'openid'),
  };
}

const DCAT_LICENSES = 'http://dcat-ap.de/def/licenses/';
const DCAT_CONTRIBUTORS = 'http://dcat-ap.de/def/contributors/';

/** An absolute http(s) URL without query, fragment or credentials, trailing slashes removed; undefined if it is none. */
function baseUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password || raw.includes('#') || raw.includes('?')) return undefined;
  return url.href.replace(/\/+$/, '');
}

function readLinkedData(r: Reader, env: Environment, port: number): LinkedDataConfig {
  const raw = r.optional('PUBLIC_BASE_URL');
  if (raw === undefined && env === 'production') {
    r.problems.push('PUBLIC_BASE_URL must be set in production: the IRIs of the published graph are made from it');
  }
  const publicBaseUrl = raw === undefined ? `http://localhost:${port}` : baseUrl(raw);
  if (publicBaseUrl === undefined) {
    r.problems.push(`PUBLIC_BASE_URL must be an http(s) URL without query or fragment, e.g. https://strategiegraph.example.org, got '${raw}'`);
  }
  const base = publicBaseUrl ?? `http://localhost:${port}`;
  const license = r.string('DCAT_LICENSE', `${DCAT_LICENSES}cc-by/4.0`);
  if (!license.startsWith(DCAT_LICENSES)) r.problems.push(`DCAT_LICENSE must be an IRI of the DCAT-AP.de licence list (${DCAT_LICENSES}…), got '${license}'`);
  const contributorId = r.optional('DCAT_CONTRIBUTOR_ID');
  if (contributorId !== undefined && !contributorId.startsWith(DCAT_CONTRIBUTORS)) {
    r.problems.push(`DCAT_CONTRIBUTOR_ID must be an IRI of GovData's contributor list (${DCAT_CONTRIBUTORS}…), got '${contributorId}'`);
  }
  const contactEmail = r.optional('DCAT_CONTACT_EMAIL');
  if (contactEmail !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(contactEmail)) r.problems.push(`DCAT_CONTACT_EMAIL must be an e-mail address, got '${contactEmail}'`);
  const publisherUrl = r.optional('DCAT_PUBLISHER_URL');
  if (publisherUrl !== undefined && baseUrl(publisherUrl) === undefined) r.problems.push(`DCAT_PUBLISHER_URL must be an http(s) URL, got '${publisherUrl}'`);
  return {
    publicBaseUrl: base,
    sparql: {
      timeoutMs: r.int('SPARQL_TIMEOUT_MS', 15_000, 100, 3_600_000),
      maxResultBytes: r.int('SPARQL_MAX_RESULT_BYTES', 10_000_000, 1_000, 1_000_000_000),
    },
    catalogue: {
      publisher: r.string('DCAT_PUBLISHER', 'Strategiegraph'),
      publisherUrl: publisherUrl ?? base,
      contactEmail,
      license,
      contributorId,
    },
  };
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
  const http = { port: r.int('PORT', 4000, 0, 65535), host: r.string('HOST', '127.0.0.1') };
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
      heapMb: r.int('NEO4J_HEAP_MB', 2048, 256, 65536),
      pageCacheMb: r.int('NEO4J_PAGECACHE_MB', 512, 64, 65536),
    },
    http,
    logLevel: r.oneOf('LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const, nodeEnv === 'test' ? 'warn' : 'info'),
    logFormat: r.oneOf('LOG_FORMAT', ['auto', 'json'] as const, 'auto'),
    metrics: { port: r.optional('METRICS_PORT') === undefined ? undefined : r.int('METRICS_PORT', 0, 0, 65535), token: r.optional('METRICS_TOKEN') },
    tracing: readTracing(r),
    auth: { anonymousRead: r.bool('ANONYMOUS_READ', true), oidc: readOidc(r) },
    limits: {
      // 15: the depth of GraphiQL's introspection query (its type references nest 9 deep); introspection counts.
      maxDepth: r.int('LIMIT_DEPTH', 15, 1, 100),
      maxCost: r.int('LIMIT_COST', 250_000, 1, 1_000_000_000),
      maxAliases: r.int('LIMIT_ALIASES', 15, 0, 1000),
      maxTokens: r.int('LIMIT_TOKENS', 2_000, 10, 1_000_000),
      maxBodyBytes: r.int('LIMIT_BODY_BYTES', 100_000, 1_000, 100_000_000),
      maxAnswerBytes: r.int('LIMIT_ANSWER_BYTES', 16_000_000, 1_000, 1_000_000_000),
      laneCost: r.int('LIMIT_LANE_COST', 10_000, 1, 1_000_000_000),
      laneCapacity: r.int('LIMIT_LANE_CAPACITY', 250_000, 1, 1_000_000_000),
      laneQueue: r.int('LIMIT_LANE_QUEUE', 16, 0, 100_000),
      streamTimeoutMs: r.int('LIMIT_STREAM_TIMEOUT_MS', 120_000, 100, 3_600_000),
    },
    linkedData: readLinkedData(r, nodeEnv, http.port),
    introspection: r.bool('INTROSPECTION', nodeEnv !== 'production'),
    trustedDocumentsOnly: r.bool('TRUSTED_DOCUMENTS_ONLY', false),
    debugExtensions: r.bool('DEBUG_EXTENSIONS', nodeEnv !== 'production'),
    graphqlJit: r.bool('GRAPHQL_JIT', true),
    cliToken: r.optional('STRATEGIEGRAPH_TOKEN'),
    cliUrl: r.optional('STRATEGIEGRAPH_URL'),
    cliLang: r.optional('STRATEGIEGRAPH_LANG'),
  };
  if (r.problems.length > 0) throw new ConfigError(r.problems);
  return Object.freeze(config);
}

/** The Bolt URI to use: NEO4J_URI, or the local launcher's port on this machine. */
export function boltUri(config: Config): string {
  return config.neo4j.uri ?? `bolt://127.0.0.1:${config.local.port}`;
}
