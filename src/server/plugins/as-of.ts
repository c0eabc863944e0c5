import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, getArgumentValues, getVariableValues, type FragmentDefinitionNode, type GraphQLObjectType } from 'graphql';
import { todayInGermany } from '../../graph/index.js';
import { fieldsIn, type Context } from '../../schema/index.js';

const AS_OF = 'asOf';

/**
 * The request's state (valid time, see src/domain/valid-time.ts) in one place: before anything runs, the asOf of the
 * operation's root reads (they must agree; a field under a root field reads at its root's asOf) becomes the
 * request's valid date (QueryStats.validAt, given to every statement that tests valid time; today in Germany
 * without one), and the answer names it in extensions.asOf. A mutation reads every fact, whatever its period.
 */
export function asOfPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let valid: string | undefined;
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
          const asked = new Map<string, string>();
          let reads = false;
          for (const { node: field } of fieldsIn([operation.selectionSet], { fragments, variables })) {
            const def = queryType.getFields()[field.name.value];
            if (!def?.args.some((a) => a.name === AS_OF)) continue;
            reads = true;
            const asOf = getArgumentValues(def, field, variables)[AS_OF] as { valid?: Date | null } | null | undefined;
            if (asOf?.valid) asked.set(asOf.valid.toISOString().slice(0, 10), field.alias?.value ?? field.name.value);
          }
          if (asked.size > 1) {
            throw new GraphQLError(
              `The root fields of one request read one state; asOf differs (${[...asked].map(([d, f]) => `${f}: ${d}`).join(', ')}). Send one request per state.`,
              { extensions: { code: 'BAD_USER_INPUT', argument: AS_OF, http: { status: 400 } } },
            );
          }
          if (!reads) return;
          valid = [...asked.keys()][0] ?? todayInGermany();
          contextValue.stats.validAt = valid;
        },
        async willSendResponse({ response }) {
          if (valid === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, asOf: { valid } };
        },
      };
    },
  };
}
