import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { REDACTED, createLogger, type Level } from '../../src/server/logger.js';

function capture(level: Level | 'silent', options: { tty?: boolean; format?: 'auto' | 'json' } = {}) {
  const out: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = createLogger(level, { ...options, tty: options.tty ?? false, destination });
  return { logger, out };
}

describe('logger (pino)', () => {
  it('writes one JSON object per line with level, ISO time, msg and the fields', () => {
    const { logger, out } = capture('info');
    logger.info('seeded', { nodes: 122 });
    logger.error('failed', { requestId: 'r-1' });
    expect(out).toHaveLength(2);
    expect(out.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
    const [first, second] = out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toEqual({ level: 'info', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), msg: 'seeded', nodes: 122 });
    expect(second).toMatchObject({ level: 'error', msg: 'failed', requestId: 'r-1' });
  });

  it('follows LOG_LEVEL: below the level nothing is written, silent writes nothing at all', () => {
    const info = capture('warn');
    info.logger.debug('d');
    info.logger.info('i');
    info.logger.warn('w');
    expect(info.out.map((l) => JSON.parse(l).msg)).toEqual(['w']);
    const silent = capture('silent');
    silent.logger.error('e');
    expect(silent.out).toEqual([]);
  });

  it('redacts authorization headers, cookies, tokens, API keys and passwords wherever they are', () => {
    const { logger, out } = capture('info');
    logger.info('request', {
      authorization: 'Bearer top-secret-1',
      headers: { authorization: 'Bearer top-secret-2', 'x-api-key': 'top-secret-3', cookie: 'sid=top-secret-4', accept: 'application/json' },
      req: { headers: { authorization: 'Bearer top-secret-5' } },
      body: { token: 'top-secret-6', apiKey: 'top-secret-7', password: 'top-secret-8' },
    });
    expect(out[0]).not.toContain('top-secret');
    const line = JSON.parse(out[0]!) as Record<string, any>;
    expect(line.authorization).toBe(REDACTED);
    expect(line.headers).toEqual({ authorization: REDACTED, 'x-api-key': REDACTED, cookie: REDACTED, accept: 'application/json' });
    expect(line.req.headers.authorization).toBe(REDACTED);
    expect(line.body).toEqual({ token: REDACTED, apiKey: REDACTED, password: REDACTED });
  });

  it('writes pretty lines only to a terminal, and JSON there too when LOG_FORMAT=json', () => {
    const pretty = capture('info', { tty: true });
    pretty.logger.info('hello terminal', { apiKey: 'top-secret' });
    const text = pretty.out.join('');
    expect(() => JSON.parse(text)).toThrow();
    expect(text).toContain('hello terminal');
    expect(text).toContain(REDACTED);
    expect(text).not.toContain('top-secret');
    const json = capture('info', { tty: true, format: 'json' });
    json.logger.info('hello pipe');
    expect(JSON.parse(json.out[0]!)).toMatchObject({ msg: 'hello pipe' });
  });
});
