import { DomainError, QueryTimeoutError } from '../domain/index.js';

export interface AdmissionSettings {
  /** Requests costing at least this much wait for room in the lane; cheaper ones are admitted at once. */
  readonly laneCost: number;
  /** The summed cost of the requests in the lane at any time. */
  readonly capacity: number;
  /** Waiting requests beyond this many are refused with SERVER_BUSY. */
  readonly queue: number;
}

interface Waiter {
  readonly cost: number;
  readonly admit: () => void;
}

/**
 * The admission lane for expensive work: requests at or above `laneCost` run only while the summed cost of those
 * running stays within `capacity` (one of the costliest at a time by default); the others wait in order, until
 * their request's deadline (then QUERY_TIMEOUT), and a full queue refuses with SERVER_BUSY. Cheap requests never
 * wait, so heavy ones cannot starve them of the event loop, the connection pool or Neo4j's threads.
 */
export class Admission {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly settings: AdmissionSettings) {}

  /** Whether a request of this cost goes through the lane. */
  isExpensive(cost: number): boolean {
    return cost >= this.settings.laneCost;
  }

  /** Waits for room (until `deadline`, Date.now() ms); resolves with the function that frees it again. */
  async acquire(cost: number, deadline: number | undefined): Promise<() => void> {
    if (!this.isExpensive(cost)) return () => {};
    // Never more than the whole lane, so that the costliest request admitted can run alone.
    const weight = Math.min(cost, this.settings.capacity);
    if (this.waiting.length === 0 && this.running + weight <= this.settings.capacity) return this.take(weight);
    if (this.waiting.length >= this.settings.queue) {
      throw new DomainError('SERVER_BUSY', 'The server is busy with expensive requests; try again shortly, or ask for less.', {
        limit: 'laneQueue',
        max: this.settings.queue,
      });
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        cost: weight,
        admit: () => {
          clearTimeout(timer);
          resolve(this.take(weight));
        },
      };
      const timer =
        deadline === undefined
          ? undefined
          : setTimeout(() => {
              const at = this.waiting.indexOf(waiter);
              if (at >= 0) this.waiting.splice(at, 1);
              reject(new QueryTimeoutError('The request waited for the expensive-request lane past its time.'));
              this.drain();
            }, Math.max(0, deadline - Date.now()));
      this.waiting.push(waiter);
    });
  }

  /** Requests running in the lane and waiting for it (for metrics and tests). */
  get state(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private take(weight: number): () => void {
    this.running += weight;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= weight;
      this.drain();
    };
  }

  private drain(): void {
    while (this.waiting.length > 0 && this.running + this.waiting[0]!.cost <= this.settings.capacity) {
      this.waiting.shift()!.admit();
    }
  }
}
