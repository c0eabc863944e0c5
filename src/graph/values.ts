import neo4j from 'neo4j-driver';

/**
 * Converts driver values to plain JavaScript at the boundary: Integers to numbers, temporals to ISO
 * strings, nodes and relationships to their properties. Nothing above the graph layer sees driver types.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most values: skip the driver's type checks for them.
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) {
    if (!value.inSafeRange()) throw new RangeError(`Integer ${value.toString()} is outside the safe range`);
    return value.toNumber();
  }
  if (Array.isArray(value)) return value.map(toNative);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
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
