/**
 * Builds the synthetic D2 store once (generation + neo4j-admin bulk import + schema), so that
 * `npm run bench -- --dataset d2 --scale N` can reuse it; or, with --csv DIR, only writes the CSV files.
 *
 *   npx tsx bench/d2.ts --scale 100000            # store in bench/.data/d2-100000
 *   npx tsx bench/d2.ts --scale 1000000 --fresh   # rebuild
 *   npx tsx bench/d2.ts --scale 10000 --csv /tmp/d2
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/index.js';
import { generateD2 } from './datasets/d2-generate.js';
import { prepareDataset } from './datasets/prepare.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '42' },
    csv: { type: 'string' },
    fresh: { type: 'boolean', default: false },
  },
});
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 1000) throw new Error('--scale must be an integer ≥ 1000');
if (values.csv) {
  const summary = generateD2(values.csv, scale, Number(values.seed));
  console.log(JSON.stringify(summary, null, 2));
} else {
  const config = loadConfig({ ...process.env, NEO4J_URI: '' });
  const big = scale >= 500_000;
  const ds = await prepareDataset({
    dataset: 'd2',
    scale,
    fresh: values.fresh,
    neo4j: config.neo4j,
    heapMb: big ? 4096 : 2048,
    pageCacheMb: big ? 4096 : 1024,
    log: (l) => console.log(l),
  });
  console.log(JSON.stringify(ds.build, null, 2));
  await ds.stop();
}
