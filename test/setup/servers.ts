/**
 * How many Neo4j servers the neo4j project runs against, one per worker, each file on its worker's (vitest.config.ts
 * gives the project as many workers; test/setup/neo4j.global.ts starts them): one when NEO4J_URI names a server
 * (its files take turns with it: Neo4j Community has one user database), else NEO4J_TEST_SERVERS (default 1).
 *
 * One by default: on 2 cores two servers made the suite slower, not faster (12 files: 310 s instead of 272 s, and
 * 398 s of CPU instead of 312 s; each JVM warms up and each database imports the shipped graph on its own). With
 * more cores NEO4J_TEST_SERVERS=2 (or more) runs the files side by side.
 */
export function testServerCount(env: NodeJS.ProcessEnv): number {
  if (env.NEO4J_URI) return 1;
  const count = Number(env.NEO4J_TEST_SERVERS ?? 1);
  if (!Number.isInteger(count) || count < 1) throw new Error(`NEO4J_TEST_SERVERS must be a whole number ≥ 1, got '${env.NEO4J_TEST_SERVERS}'`);
  return count;
}
