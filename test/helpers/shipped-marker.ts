import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where test/helpers/shipped.ts notes, for one run of the suite and one of its databases (the index of its server),
 * the state of the database right after its last shipped import (the global setup removes it at the end of the run).
 */
export function shippedMarkerFile(runId: string, server: number): string {
  return join(tmpdir(), `strategiegraph-shipped-${runId}-${server}.json`);
}
