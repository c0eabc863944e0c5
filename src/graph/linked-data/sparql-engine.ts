import { Worker } from 'node:worker_threads';
import { DomainError, QueryTimeoutError, ServiceUnavailableError } from '../../domain/index.js';

const WORKER = new URL('./sparql-worker.mjs', import.meta.url);
/** Queries waiting behind the running one; more are refused (SERVICE_UNAVAILABLE) rather than queued without end. */
const MAX_WAITING = 32;

type Reply = { id: number; ok: true; result?: string } | { id: number; ok: false; message?: string; tooLarge?: number };

interface Job {
  readonly message: { type: 'load'; ntriples: string } | { type: 'query'; query: string; format: string; maxBytes: number };
  /** When the job must have finished (queries), in performance.now() time. */
  readonly deadline: number;
  resolve(reply: Reply): void;
  reject(error: unknown): void;
}

/**
 * A real SPARQL engine (Oxigraph, in a worker thread) over one in-memory store. Jobs run one at a time in the
 * order they were given: a load replaces the store for the queries after it. A query past its deadline ends the
 * worker — Oxigraph cannot be interrupted otherwise — and a fresh worker reloads the last data for the next job.
 */
export class SparqlEngine {
  private worker: Worker | undefined;
  private readonly queue: Job[] = [];
  private running: { job: Job; id: number; timer?: NodeJS.Timeout } | undefined;
  private nextId = 1;
  /** The data of the last load, for a worker that replaces an ended one. */
  private data: string | undefined;
  private closed = false;

  /** Replaces the store's contents (N-Triples). */
  async load(ntriples: string): Promise<void> {
    await this.submit({ type: 'load', ntriples }, Number.POSITIVE_INFINITY);
    this.data = ntriples;
  }

  /** Runs a query; the answer in `format` (a media type Oxigraph writes). */
  async query(query: string, format: string, options: { timeoutMs: number; maxBytes: number }): Promise<string> {
    const reply = await this.submit({ type: 'query', query, format, maxBytes: options.maxBytes }, performance.now() + options.timeoutMs);
    if (reply.ok) return reply.result ?? '';
    if (reply.tooLarge !== undefined) {
      throw new DomainError('QUERY_TOO_COMPLEX', `The answer has ${reply.tooLarge} bytes, more than the ${options.maxBytes} this endpoint sends; narrow the query or use LIMIT.`, {
        limit: 'resultBytes',
        max: options.maxBytes,
        actual: reply.tooLarge,
      });
    }
    throw new DomainError('BAD_USER_INPUT', `The SPARQL query failed: ${reply.message ?? 'unknown error'}`);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the SPARQL engine was closed'));
    if (this.running) {
      clearTimeout(this.running.timer);
      this.running.job.reject(new Error('the SPARQL engine was closed'));
      this.running = undefined;
    }
    await this.worker?.terminate();
    this.worker = undefined;
  }

  private submit(message: Job['message'], deadline: number): Promise<Reply> {
    if (this.closed) return Promise.reject(new Error('the SPARQL engine was closed'));
    if (message.type === 'query' && this.queue.length >= MAX_WAITING) {
      return Promise.reject(new ServiceUnavailableError('The SPARQL endpoint is busy with other queries; try again shortly.'));
    }
    return new Promise<Reply>((resolve, reject) => {
      this.queue.push({ message, deadline, resolve, reject });
      this.next();
    });
  }

  private start(): Worker {
    const worker = new Worker(WORKER);
    worker.on('message', (reply: Reply) => this.finish(reply));
    worker.on('error', (error) => this.fail(worker, error));
    worker.on('exit', (code) => {
      if (this.worker === worker && code !== 0) this.fail(worker, new Error(`the SPARQL worker stopped (exit code ${code})`));
    });
    worker.unref();
    // A fresh worker after an ended one gets the data back before anything else runs.
    if (this.data !== undefined) worker.postMessage({ id: 0, type: 'load', ntriples: this.data });
    return worker;
  }

  private next(): void {
    if (this.running || this.closed) return;
    let job = this.queue.shift();
    // Queries that waited past their deadline are not started.
    while (job && performance.now() >= job.deadline) {
      job.reject(new QueryTimeoutError('The SPARQL query waited past the time limit behind other queries; try again.'));
      job = this.queue.shift();
    }
    if (!job) return;
    this.worker ??= this.start();
    const id = this.nextId++;
    const running: { job: Job; id: number; timer?: NodeJS.Timeout } = { job, id };
    if (Number.isFinite(job.deadline)) {
      running.timer = setTimeout(() => this.timeOut(id), Math.max(0, job.deadline - performance.now()));
    }
    this.running = running;
    this.worker.postMessage({ id, ...job.message });
  }

  private finish(reply: Reply): void {
    if (!this.running || reply.id !== this.running.id) return; // the reload of a fresh worker (id 0)
    const { job, timer } = this.running;
    clearTimeout(timer);
    this.running = undefined;
    job.resolve(reply);
    this.next();
  }

  private timeOut(id: number): void {
    if (!this.running || this.running.id !== id) return;
    const { job } = this.running;
    this.running = undefined;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    job.reject(new QueryTimeoutError('The SPARQL query ran past the time limit and was stopped.'));
    this.next();
  }

  private fail(worker: Worker, error: unknown): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    const running = this.running;
    this.running = undefined;
    if (running) {
      clearTimeout(running.timer);
      running.job.reject(error);
    }
    this.next();
  }
}
