import neo4j, { type DateTime, type Integer } from 'neo4j-driver';

const int = (v: unknown): number => (neo4j.isInt(v) ? v.toNumber() : Number(v));
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function offsetText(seconds: number): string {
  if (seconds === 0) return 'Z';
  const abs = Math.abs(seconds);
  const rest = abs % 60;
  return `${seconds < 0 ? '-' : '+'}${pad(Math.floor(abs / 3600), 2)}:${pad(Math.floor(abs / 60) % 60, 2)}${rest === 0 ? '' : `:${pad(rest, 2)}`}`;
}

/**
 * A DateTime as the driver's toString writes it (ISO 8601, nanoseconds when there are any, the offset or Z), without
 * the driver's Integer arithmetic, which was about a tenth of the server's CPU for a request reading whole nodes
 * (createdAt, updatedAt). Years outside 0–9999 and zone ids go through toString.
 */
export function dateTimeText(v: DateTime<number | Integer>): string {
  const year = int(v.year);
  if (year < 0 || year > 9999 || v.timeZoneId != null || v.timeZoneOffsetSeconds == null) return v.toString();
  const nano = int(v.nanosecond);
  const date = `${pad(year, 4)}-${pad(int(v.month), 2)}-${pad(int(v.day), 2)}`;
  const time = `${pad(int(v.hour), 2)}:${pad(int(v.minute), 2)}:${pad(int(v.second), 2)}${nano === 0 ? '' : `.${pad(nano, 9)}`}`;
  return `${date}T${time}${offsetText(int(v.timeZoneOffsetSeconds))}`;
}

/**
 * Converts driver values to plain JavaScript at the boundary: Integers to numbers, temporals to ISO
 * strings, nodes and relationships to their properties. Nothing above the graph layer sees driver types.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most values: skip the driver's type checks for them.
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) {
    // toNumber is exact inside the safe range and a non-safe number outside it: one test instead of two compares.
    const n = value.toNumber();
    if (!Number.isSafeInteger(n)) throw new RangeError(`Integer ${value.toString()} is outside the safe range`);
    return n;
  }
  if (neo4j.isDateTime(value)) return dateTimeText(value);
  if (Array.isArray(value)) return value.map(toNative);
  if (
    neo4j.isDate(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toNative(value.properties);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toNative(v)]));
  }
  return value;
}
