/**
 * DataLoader's contract: results in the order of the keys, one per key. Missing keys get `missing`
 * (null for single values, [] for lists), never a shifted neighbour's value.
 */
export function orderByKeys<V, M>(keys: readonly string[], found: ReadonlyMap<string, V>, missing: M): (V | M)[] {
  return keys.map((k) => (found.has(k) ? found.get(k)! : missing));
}
