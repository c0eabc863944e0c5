import { SpanKind, SpanStatusCode, context, trace, type Context as OtelContext, type Span, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_DB_NAMESPACE, ATTR_DB_QUERY_SUMMARY, ATTR_DB_SYSTEM_NAME, ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema, type ResponsePath } from 'graphql';
import type { TracingConfig } from '../../config/index.js';
import { NAVIGATIONS, NODE_KINDS } from '../../domain/index.js';
import type { QueryStats, StatementObserver } from '../../graph/index.js';
import type { Context } from '../../schema/index.js';

export const TRACER_NAME = 'strategiegraph';

export interface Tracing {
  /** Sends the spans still buffered and stops the exporter. */
  shutdown(): Promise<void>;
}

/**
 * Traces go to an OTLP/HTTP collector (protobuf, `<endpoint>/v1/traces`) only when OTEL_EXPORTER_OTLP_ENDPOINT is
 * set: this registers the process's tracer provider (AsyncLocalStorage context, W3C trace-context propagation).
 * Without it @opentelemetry/api stays a no-op and the server creates no spans at all.
 */
export function startTracing(config: TracingConfig, version: string): Tracing | undefined {
  if (config.endpoint === undefined) return undefined;
  const exporter = new OTLPTraceExporter({ url: `${config.endpoint}/v1/traces`, headers: { ...config.headers } });
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName, [ATTR_SERVICE_VERSION]: version }),
    spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: 1_000 })],
  });
  provider.register();
  return { shutdown: () => provider.shutdown() };
}

export const tracer = (): Tracer => trace.getTracer(TRACER_NAME);

/** Ends a span with the error, if there was one (its type only: messages may quote user input). */
export function endSpan(span: Span, error?: unknown): void {
  if (error !== undefined) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
  }
  span.end();
}

/** One span per Cypher statement: its catalogue name, never its text's parameters. */
export const statementSpans: StatementObserver = {
  statementStarted: ({ name, mode, database }) => {
    const span = tracer().startSpan(
      `cypher ${name}`,
      {
        kind: SpanKind.CLIENT,
        attributes: { [ATTR_DB_SYSTEM_NAME]: 'neo4j', [ATTR_DB_NAMESPACE]: database, [ATTR_DB_QUERY_SUMMARY]: name, 'strategiegraph.statement.mode': mode },
      },
      context.active(),
    );
    return (error) => endSpan(span, error);
  },
};

/** Per request: the execute span, and the span of each traced field by its response path (parents of nested ones). */
export class RequestTrace {
  private readonly spans = new Map<string, OtelContext>();
  constructor(readonly execution: OtelContext) {}

  /** The context of the nearest traced field above `path`, or the execute span's. */
  parentOf(path: ResponsePath): OtelContext {
    for (let p = path.prev; p; p = p.prev) {
      const found = this.spans.get(pathKey(p));
      if (found) return found;
    }
    return this.execution;
  }

  add(path: ResponsePath, span: OtelContext): void {
    this.spans.set(pathKey(path), span);
  }
}

function pathKey(path: ResponsePath): string {
  let key = String(path.key);
  for (let p = path.prev; p; p = p.prev) key = `${p.key}.${key}`;
  return key;
}

/** By the context's stats, like the request records (Apollo copies the context object itself). */
const traces = new WeakMap<QueryStats, RequestTrace>();
export const requestTraceOf = (contextValue: Context) => traces.get(contextValue.stats);
export const setRequestTrace = (contextValue: Context, value: RequestTrace) => traces.set(contextValue.stats, value);

const instrumented = new WeakSet<GraphQLSchema>();

/**
 * Wraps the resolvers whose work is Neo4j's: the root fields of Query and Mutation and the relationship fields of
 * every kind. A wrapped resolver runs in its own span (child of the nearest traced field above it, or of
 * `execute`), so the Cypher spans of the statements it causes are its children. For requests that are not traced
 * the wrapper calls straight through. Once per schema (the schema is built once per process).
 */
export function instrumentResolvers(schema: GraphQLSchema): void {
  if (instrumented.has(schema)) return;
  instrumented.add(schema);
  const fields: [string, string][] = [
    ...[schema.getQueryType(), schema.getMutationType()].flatMap((type) => (type ? Object.keys(type.getFields()).map((f): [string, string] => [type.name, f]) : [])),
    ...NODE_KINDS.flatMap((kind) => NAVIGATIONS[kind].map((nav): [string, string] => [kind, nav.field])),
  ];
  for (const [typeName, fieldName] of fields) {
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field?.resolve) continue;
    field.resolve = traced(field.resolve as GraphQLFieldResolver<unknown, Context>, `${typeName}.${fieldName}`);
  }
}

function traced(resolve: GraphQLFieldResolver<unknown, Context>, name: string): GraphQLFieldResolver<unknown, Context> {
  return (source, args, contextValue, info) => {
    const request = requestTraceOf(contextValue);
    if (!request) return resolve(source, args, contextValue, info);
    const parent = request.parentOf(info.path);
    const span = tracer().startSpan(name, { attributes: { 'graphql.field.path': pathKey(info.path), 'graphql.field.type': info.returnType.toString() } }, parent);
    const active = trace.setSpan(parent, span);
    request.add(info.path, active);
    try {
      const result = context.with(active, () => resolve(source, args, contextValue, info));
      if (result instanceof Promise) {
        return result.then(
          (value) => (endSpan(span), value),
          (error: unknown) => {
            endSpan(span, error);
            throw error;
          },
        );
      }
      endSpan(span);
      return result;
    } catch (error) {
      endSpan(span, error);
      throw error;
    }
  };
}
