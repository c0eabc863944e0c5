import type { Path } from '../../domain/index.js';

export interface DuplicateKey {
  /** Where the second occurrence sits, e.g. ['nodes', 3, 'kind']. */
  readonly path: Path;
  readonly line: number;
  readonly firstLine: number;
}

interface Frame {
  /** Keys seen so far with their line (objects), or null (arrays). */
  readonly keys: Map<string, number> | null;
  /** The current key (objects) or index (arrays). */
  at: string | number;
}

/**
 * The first key that appears twice in one object of a JSON text that JSON.parse accepted (JSON.parse keeps the last
 * of two silently; the YAML parser refuses them, and so does the import). One pass over the text, without building
 * anything but the key sets of the objects currently open.
 */
export function firstDuplicateKey(text: string): DuplicateKey | undefined {
  const stack: Frame[] = [];
  let line = 1;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 123) {
      stack.push({ keys: new Map(), at: '' });
      expectKey = true;
    } else if (c === 91) {
      stack.push({ keys: null, at: 0 });
      expectKey = false;
    } else if (c === 125 || c === 93) {
      stack.pop();
      expectKey = false;
    } else if (c === 44) {
      const top = stack.at(-1)!;
      if (top.keys) expectKey = true;
      else top.at = (top.at as number) + 1;
    } else if (c === 34) {
      // A string: find its closing quote (one not preceded by an odd number of backslashes); JSON strings hold no newline.
      let end = i;
      for (;;) {
        end = text.indexOf('"', end + 1);
        let backslashes = 0;
        while (text.charCodeAt(end - 1 - backslashes) === 92) backslashes++;
        if (backslashes % 2 === 0) break;
      }
      if (expectKey) {
        const raw = text.slice(i + 1, end);
        const key: string = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        const top = stack.at(-1)!;
        const first = top.keys!.get(key);
        if (first !== undefined) return { path: [...stack.slice(0, -1).map((f) => f.at), key], line, firstLine: first };
        top.keys!.set(key, line);
        top.at = key;
        expectKey = false;
      }
      i = end;
    }
  }
  return undefined;
}
