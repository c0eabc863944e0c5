import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { Arg, Field, InputType } from 'type-graphql';

@InputType('AsOf', {
  description:
    'The state a read answers on. `valid`: the date at which the facts hold in the world (valid time: nodes and ' +
    'relationships with validFrom/validTo; a fact without them holds at every date). Default: today (Europe/Berlin). ' +
    '`recorded`: the instant whose record to read (recorded time: the graph as this graph had it then, replayed from ' +
    'its append-only history; answered by node, nodes, lookup, the lists of every kind, impact, projectsTouching, coverage and uncoveredTargetVisions and the fields under them). Default: now. ' +
    'One asOf per request: the fields under a root field read at its asOf, and the root fields of a request must not ' +
    'disagree. The answer names the state it was computed on in extensions.asOf.',
})
export class AsOfInput {
  @Field(() => GraphQLDate, { nullable: true, description: 'Valid time: the date (YYYY-MM-DD) the facts hold at. Default: today.' })
  valid?: Date;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'Recorded time: the instant (ISO 8601) whose record to read, to the millisecond; between the first entry of the ' +
      'history and now (else BAD_USER_INPUT, naming the range). Default: now (the current graph). Answered by node, nodes, lookup, the lists, impact, projectsTouching, coverage and uncoveredTargetVisions.',
  })
  recorded?: Date;
}

export const AS_OF_ARG = 'asOf';

/** The asOf argument of a root read (its value is read by the AsOf plugin before the request runs, not by the resolver). */
export const asOfArg = (): ReturnType<typeof Arg> =>
  Arg(AS_OF_ARG, () => AsOfInput, { nullable: true, description: 'The state to read (default: today).' });
