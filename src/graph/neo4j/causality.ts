import neo4j, { type BookmarkManager } from 'neo4j-driver';

/**
 * The causal chain of one request. Its reads start with the bookmarks the client sent back, so that on any
 * replica (a Neo4j cluster's secondary) they wait until the writes those bookmarks stand for are there; its
 * writes add their own bookmark, which the server hands to the client for the next request.
 */
export class Causality {
  readonly manager: BookmarkManager;
  private writes = 0;
  private readonly sentBookmarks: boolean;

  constructor(initial: readonly string[] = []) {
    this.manager = neo4j.bookmarkManager({ initialBookmarks: [...initial] });
    this.sentBookmarks = initial.length > 0;
  }

  /**
   * The manager for a read: only when there is something to wait for (the client's bookmarks, or a write of this
   * request). Plain reads, the common case, skip the bookmark exchange.
   */
  get forReads(): BookmarkManager | undefined {
    return this.sentBookmarks || this.writes > 0 ? this.manager : undefined;
  }

  /** Called by the executor after each committed write. */
  wrote(): void {
    this.writes += 1;
  }

  /** Whether a write of this request committed. */
  get hasWritten(): boolean {
    return this.writes > 0;
  }

  /** The chain's bookmarks now: the client's, replaced by those of the request's writes once it wrote. */
  async bookmarks(): Promise<string[]> {
    return [...(await this.manager.getBookmarks())];
  }
}
