/**
 * Read-your-writes across server replicas: the server answers every write with a bookmark (this header and
 * `extensions.bookmark`); a request that sends it back in this header sees that write on any replica.
 */
export const BOOKMARK_HEADER = 'strategiegraph-bookmark';

/** Where a client keeps the bookmark of its last write. */
export interface BookmarkStore {
  get(): string | undefined;
  set(bookmark: string | undefined): void;
}

/** A bookmark store in memory (one per client). */
export function memoryBookmarks(): BookmarkStore {
  let bookmark: string | undefined;
  return { get: () => bookmark, set: (b) => void (bookmark = b) };
}
