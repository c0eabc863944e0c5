import { describe, expect, it } from 'vitest';
import { Admission } from '../../src/server/admission.js';

const code = (p: Promise<unknown>) => p.then(() => 'OK', (e: { code?: string }) => e.code);

describe('the admission lane', () => {
  it('admits cheap requests at once, and expensive ones while their summed cost fits', async () => {
    const lane = new Admission({ laneCost: 100, capacity: 1000, queue: 4 });
    const cheap = await lane.acquire(99, undefined);
    expect(lane.state).toEqual({ running: 0, waiting: 0 });
    const a = await lane.acquire(600, undefined);
    const b = await lane.acquire(400, undefined);
    expect(lane.state).toEqual({ running: 1000, waiting: 0 });
    let admitted = false;
    const c = lane.acquire(5000, undefined).then((release) => ((admitted = true), release));
    await new Promise((r) => setTimeout(r, 10));
    expect([admitted, lane.state.waiting]).toEqual([false, 1]);
    a();
    await new Promise((r) => setTimeout(r, 10));
    expect(admitted).toBe(false); // 400 + the whole lane does not fit
    b();
    (await c)();
    cheap();
    expect(lane.state).toEqual({ running: 0, waiting: 0 });
  });

  it('lets a waiting request go with QUERY_TIMEOUT at its deadline, and refuses beyond the queue with SERVER_BUSY', async () => {
    const lane = new Admission({ laneCost: 1, capacity: 10, queue: 1 });
    const hold = await lane.acquire(10, undefined);
    const started = Date.now();
    const waiting = code(lane.acquire(5, Date.now() + 100));
    expect(await code(lane.acquire(5, undefined))).toBe('SERVER_BUSY');
    expect(await waiting).toBe('QUERY_TIMEOUT');
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
    expect(lane.state).toEqual({ running: 10, waiting: 0 });
    hold();
    expect(await code(lane.acquire(10, Date.now() + 100))).toBe('OK');
  });
});
