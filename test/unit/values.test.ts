import fc from 'fast-check';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { dateTimeText, toNative } from '../../src/graph/neo4j/values.js';

describe('driver values at the boundary', () => {
  it('writes every DateTime exactly as the driver does, integer fields or numbers, any offset', () => {
    const field = (min: number, max: number) => fc.integer({ min, max }).chain((n) => fc.constantFrom(n, neo4j.int(n)));
    fc.assert(
      fc.property(
        field(-20000, 30000), field(1, 12), field(1, 28), field(0, 23), field(0, 59), field(0, 59),
        fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 999_999_999 })),
        fc.oneof(fc.constant(0), fc.integer({ min: -64800, max: 64800 })),
        (year, month, day, hour, minute, second, nano, offset) => {
          const value = new neo4j.types.DateTime(year, month, day, hour, minute, second, nano, offset);
          expect(dateTimeText(value)).toBe(value.toString());
          expect(toNative(value)).toBe(value.toString());
        },
      ),
      { numRuns: 3000 },
    );
    const zoned = new neo4j.types.DateTime(2026, 12, 2, 17, 0, 0, 0, undefined, 'Europe/Berlin');
    expect(dateTimeText(zoned)).toBe(zoned.toString());
  });

  it('turns Integers into numbers inside the safe range and refuses the rest', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(toNative(neo4j.int(n))).toBe(n);
      }),
    );
    for (const text of ['9007199254740992', '-9007199254740992', '9223372036854775807']) {
      expect(() => toNative(neo4j.int(text))).toThrow(/outside the safe range/);
    }
  });
});
