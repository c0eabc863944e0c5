import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, getArgumentValues, getVariableValues, type FragmentDefinitionNode, type GraphQLObjectType } from 'graphql';
import { KIND_INFO, NODE_KINDS, isSettled, recordedRangeProblem } from '../../domain/index.js';
import { todayInGermany } from '../../graph/index.js';
import { fieldsIn, type Context } from '../../schema/index.js';

const AS_OF = 'asOf';
/** The root fields that read a past record (the loaders answer them from the history); the others read the current graph. */
const RECORDED_READS = new Set(['node', 'nodes', 'lookup', 'impact', 'projectsTouching', 'coverage', 'uncoveredTargetVisions', ...NODE_KINDS.map((kind) => KIND_INFO[kind].plural)]);

const RECORDED_ANSWERED = 'node, nodes, lookup, the lists of every kind (projects, systems, …), impact, projectsTouching, coverage and uncoveredTargetVisions';

const badAsOf = (message: string, extra: Record<string, unknown> = {}): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument: AS_OF, ...extra, http: { status: 400 } } });

/**
 * The request's state in one place (valid time, src/domain/valid-time.ts; recorded time, src/domain/recorded-time.ts):
 * before anything runs, the asOf of the operation's root reads (they must agree; a field under a root field reads at
 * its root's asOf) becomes the request's valid date (QueryStats.validAt; today in Germany without one) and, for a
 * past record, its instant (QueryStats.recordedAt: the loaders then answer from the history), and the answer names
 * them in extensions.asOf. A recorded instant must lie between the history's first entry and now. An answer on a
 * settled record (older than the longest write may run) and an explicit valid date never changes: over GET it says
 * so (Cache-Control: immutable, with an ETag of its content; If-None-Match with it gets 304). A mutation reads every
 * fact, whatever its period.
 */
export function asOfPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let state: { valid: string; recorded?: string; immutable: boolean } | undefined;
      return {
        async didResolveOperation({ schema, operation, document, request, contextValue }) {
          if (!operation) return;
          // A mutation's answer shows what it wrote, whatever its period.
          if (operation.operation === 'mutation') contextValue.stats.validAt = null;
          if (operation.operation !== 'query') return;
          const queryType: GraphQLObjectType | null | undefined = schema.getQueryType();
          if (!queryType) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
          );
          // Coerced as execution coerces them (a Date variable becomes a Date, as a literal does); variables that do not
          // coerce are execution's to report (BAD_USER_INPUT), so the request is left to it.
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) return;
          const variables = coerced.coerced;
          const valids = new Map<string, string>();
          const recordeds = new Map<string, string>();
          let reads = false;
          for (const { node: field } of fieldsIn([operation.selectionSet], { fragments, variables })) {
            const def = queryType.getFields()[field.name.value];
            if (!def?.args.some((a) => a.name === AS_OF)) continue;
            reads = true;
            const name = field.alias?.value ?? field.name.value;
            const asOf = getArgumentValues(def, field, variables)[AS_OF] as { valid?: Date | null; recorded?: Date | null } | null | undefined;
            if (asOf?.valid) valids.set(asOf.valid.toISOString().slice(0, 10), name);
            if (asOf?.recorded) {
              if (!RECORDED_READS.has(def.name)) {
                throw badAsOf(`${name} reads the current graph; asOf.recorded is answered by ${RECORDED_ANSWERED} (and the fields under them).`);
              }
              recordeds.set(asOf.recorded.toISOString(), name);
            }
          }
          for (const [asked, what] of [[valids, 'valid'], [recordeds, 'recorded']] as const) {
            if (asked.size > 1) {
              throw badAsOf(
                `The root fields of one request read one state; asOf.${what} differs (${[...asked].map(([d, f]) => `${f}: ${d}`).join(', ')}). Send one request per state.`,
              );
            }
          }
          if (!reads) return;
          const valid = [...valids.keys()][0] ?? todayInGermany();
          const recorded = [...recordeds.keys()][0];
          if (recorded !== undefined) {
            const problem = recordedRangeProblem(recorded, await contextValue.repos.record.firstRecorded(), new Date());
            if (problem) throw badAsOf(`asOf.recorded ${recorded} ${problem.message}.`, { range: problem.range });
            contextValue.stats.recordedAt = recorded;
          }
          contextValue.stats.validAt = valid;
          state = { valid, ...(recorded === undefined ? {} : { recorded }), immutable: recorded !== undefined && valids.size === 1 && isSettled(recorded) };
        },
        async willSendResponse({ request, response }) {
          if (state === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const { immutable, ...asOf } = state;
          result.extensions = { ...result.extensions, asOf };
          if (immutable && request.http?.method === 'GET' && !result.errors?.length) {
            const etag = createHash('sha256').update(JSON.stringify(result)).digest('base64url').slice(0, 27);
            response.http.headers.set('cache-control', 'public, max-age=31536000, immutable');
            response.http.headers.set('etag', `"${etag}"`);
            // A client that has this answer already gets "not modified" (Node sends a 304 without its body).
            if (request.http.headers.get('if-none-match') === `"${etag}"`) response.http.status = 304;
          }
        },
      };
    },
  };
}
