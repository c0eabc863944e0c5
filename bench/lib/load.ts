/**
 * The load generator: a closed loop of `concurrency` workers over keep-alive connections, each sending
 * POST requests back to back and timing every one with the monotonic clock (microsecond resolution; no
 * integer-millisecond histograms). A cell stops after its duration, but only once it has `minRequests`
 * answers, and never later than `maxMs` (slow cells then report the answers they got).
 */
import { Agent, request } from 'node:http';

export interface LoadRequest {
  /** Path on the system's server, e.g. /graphql. */
  readonly path: string;
  readonly body: Buffer;
  /** Optional label of the operation, for per-operation counts in a mix. */
  readonly op?: string;
}

export interface LoadOptions {
  readonly baseUrl: string;
  readonly concurrency: number;
  readonly durationMs: number;
  readonly minRequests: number;
  readonly maxMs: number;
  /** Picks the next request; `n` counts requests sent in this cell. */
  readonly next: (n: number) => LoadRequest;
}

export interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly firstError?: string;
  readonly elapsedMs: number;
  /** Latencies in microseconds, sorted ascending. */
  readonly latenciesUs: Float64Array;
  /** Sum of extensions.strategiegraph.roundTrips over the answers that carried it, and how many did. */
  readonly roundTripsSum: number;
  readonly roundTripsSeen: number;
  readonly responseBytes: number;
}

const ROUND_TRIPS = /"roundTrips":(\d+)/;
const PEER_ROUND_TRIPS = 'x-bench-round-trips';

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

export function post(agent: Agent, url: URL, path: string, body: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': body.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Round trips a response reports: our debug extension, or the header the peer's driver counter sets. */
export function roundTripsOf(answer: Answer): number | undefined {
  const header = answer.headers[PEER_ROUND_TRIPS];
  if (typeof header === 'string') return Number(header);
  const tail = answer.body.length > 400 ? answer.body.slice(-400) : answer.body;
  const match = ROUND_TRIPS.exec(tail);
  return match ? Number(match[1]) : undefined;
}

/** An answer counts as an error when it is not HTTP 200 or carries GraphQL errors. */
export function errorOf(answer: Answer): string | undefined {
  if (answer.status !== 200) return `HTTP ${answer.status}: ${answer.body.slice(0, 300)}`;
  if (answer.body.startsWith('{"errors"') || answer.body.includes('"errors":[')) return answer.body.slice(0, 300);
  return undefined;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const url = new URL(options.baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency, maxFreeSockets: options.concurrency });
  let latencies = new Float64Array(4096);
  let count = 0;
  let errors = 0;
  let firstError: string | undefined;
  let sent = 0;
  let roundTripsSum = 0;
  let roundTripsSeen = 0;
  let responseBytes = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const hardStop = started + options.maxMs;

  const worker = async () => {
    for (;;) {
      const now = performance.now();
      if (now >= hardStop) return;
      if (now >= deadline && count >= options.minRequests) return;
      const item = options.next(sent++);
      const t0 = process.hrtime.bigint();
      let answer: Answer;
      try {
        answer = await post(agent, url, item.path, item.body);
      } catch (error) {
        errors += 1;
        firstError ??= String(error);
        continue;
      }
      const us = Number(process.hrtime.bigint() - t0) / 1000;
      if (count === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[count++] = us;
      responseBytes += answer.body.length;
      const error = errorOf(answer);
      if (error !== undefined) {
        errors += 1;
        firstError ??= error;
      }
      const trips = roundTripsOf(answer);
      if (trips !== undefined) {
        roundTripsSum += trips;
        roundTripsSeen += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  const sorted = latencies.slice(0, count).sort();
  return { requests: count, errors, firstError, elapsedMs, latenciesUs: sorted, roundTripsSum, roundTripsSeen, responseBytes };
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
