/**
 * Search at the Cypher level, per match class: the statement cypher/read/search as the repository sends it, timed
 * over the relevance set's queries grouped by the class the contract gives them (many rounds, p50 per class), and
 * optionally each class's index call alone, and PROFILE db hits. Needs a Neo4j with the shipped graph loaded (e.g.
 * after test/integration/search.test.ts ran against it):
 *   NEO4J_URI=bolt://127.0.0.1:7687 npx tsx bench/search-profile.ts [--rounds 30] [--parts] [--profile]
 */
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { CYPHER_DIR } from '../src/config/index.js';
import { SEARCH_MATCHES, searchQueries } from '../src/domain/index.js';
import { CypherCatalog } from '../src/graph/neo4j/cypher-catalog.js';
import { loadRelevanceSet } from '../test/helpers/relevance.js';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '30' }, parts: { type: 'boolean', default: false }, profile: { type: 'boolean', default: false } },
});
const rounds = Number(values.rounds);
const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687', neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'strategiegraph'));
const catalog = new CypherCatalog(CYPHER_DIR);
const statement = catalog.get('read/search').text;
const set = loadRelevanceSet();
const KEYS = ['id', 'kind', 'name', 'aliases', 'description'];

const p50 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor((s.length - 1) / 2)]!;
};
/** As the executor sends a read (src/graph/neo4j/executor.ts): an auto-commit transaction in a READ session. */
const run = async (text: string, params: Record<string, unknown>) => {
  const t = process.hrtime.bigint();
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    await session.run(text, params);
  } finally {
    await session.close();
  }
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const paramsOf = (q: string) => ({ ...searchQueries(q, null), first: neo4j.int(10), keys: KEYS });

// The index calls of each class alone (what the statement may run for a query).
const PARTS: Record<string, (p: ReturnType<typeof paramsOf>) => [string, Record<string, unknown>] | null> = {
  exact: (p) => ["CALL db.index.fulltext.queryNodes('node_exact', $q, {limit: 10, analyzer: 'strategiegraph-key-query'}) YIELD node RETURN count(*)", { q: p.exact }],
  names: (p) => ["CALL db.index.fulltext.queryNodes('node_search', $q, {limit: 10, analyzer: 'strategiegraph-german-query'}) YIELD node RETURN count(*)", { q: p.names }],
  words: (p) => ["CALL db.index.fulltext.queryNodes('node_search', $q, {limit: 10, analyzer: 'strategiegraph-german-query'}) YIELD node RETURN count(*)", { q: p.words }],
  fuzzyKey: (p) => (p.fuzzyKey === null ? null : ["CALL db.index.fulltext.queryNodes('node_exact', $q, {limit: 10}) YIELD node RETURN count(*)", { q: p.fuzzyKey }]),
  fuzzy: (p) => ["CALL db.index.fulltext.queryNodes('node_search', $q, {limit: 10, analyzer: 'strategiegraph-german-parts'}) YIELD node RETURN count(*)", { q: p.fuzzy }],
};

try {
  // Warm-up: every query a few times.
  for (let i = 0; i < 3; i++) for (const q of set) await run(statement, paramsOf(q.q));
  const times = new Map<string, number[]>();
  const add = (k: string, ms: number) => (times.get(k) ?? times.set(k, []).get(k)!).push(ms);
  for (let r = 0; r < rounds; r++) {
    for (const q of set) {
      const ms = await run(statement, paramsOf(q.q));
      add('set', ms);
      add(q.match, ms);
      if (values.parts) {
        for (const [name, part] of Object.entries(PARTS)) {
          const call = part(paramsOf(q.q));
          if (call) add(`${q.match}:${name}`, await run(...call));
        }
      }
    }
  }
  console.log(`search statement, ${set.length} queries × ${rounds} rounds, p50 ms`);
  for (const k of ['set', ...SEARCH_MATCHES]) console.log(`  ${k.padEnd(12)} ${p50(times.get(k) ?? []).toFixed(2)}  (n=${times.get(k)?.length ?? 0})`);
  if (values.parts) {
    console.log('index calls alone, p50 ms, by the class of the query');
    for (const m of SEARCH_MATCHES) console.log(`  ${m.padEnd(12)} ${Object.keys(PARTS).map((p) => `${p} ${p50(times.get(`${m}:${p}`) ?? []).toFixed(2)}`).join('  ')}`);
  }
  if (values.profile) {
    for (const m of SEARCH_MATCHES) {
      const q = set.find((x) => x.match === m);
      if (!q) continue;
      const res = await driver.executeQuery(`PROFILE ${statement}`, paramsOf(q.q), { database: 'neo4j' });
      const plan = res.summary.profile;
      const walk = (p: typeof plan, d = 0): string[] => (p ? [`${'  '.repeat(d)}${p.operatorType} rows=${p.rows} dbHits=${p.dbHits}`, ...p.children.flatMap((c) => walk(c, d + 1))] : []);
      console.log(`PROFILE ${m} "${q.q}"\n${walk(plan).join('\n')}`);
    }
  }
} finally {
  await driver.close();
}
