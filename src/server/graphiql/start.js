// Starts GraphiQL (UMD globals React, ReactDOM, GraphiQL) with the example operations as tabs.
// Read-your-writes across server replicas: the bookmark of the last write (response header) goes with every
// later request; the dashboard keeps it under the same key (src/dashboard/api.ts).
const BOOKMARK_HEADER = 'strategiegraph-bookmark';
const BOOKMARK_KEY = 'strategiegraph.bookmark';
async function fetchWithBookmark(url, init = {}) {
  const headers = new Headers(init.headers);
  const bookmark = localStorage.getItem(BOOKMARK_KEY);
  if (bookmark) headers.set(BOOKMARK_HEADER, bookmark);
  const response = await fetch(url, { ...init, headers });
  const newer = response.headers.get(BOOKMARK_HEADER);
  if (newer) localStorage.setItem(BOOKMARK_KEY, newer);
  return response;
}

(async function start() {
  const fetcher = GraphiQL.createFetcher({ url: '/graphql', fetch: fetchWithBookmark });
  const tabs = await fetch('/graphiql/examples.json').then((r) => r.json());
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    // GraphiQL 3 fills the editors of the first tab from `query`/`variables`, not from defaultTabs (which only the
    // other tabs take theirs from): without these the first tab opens with empty variables and its Run fails.
    React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: tabs,
      query: tabs[0] && tabs[0].query,
      variables: tabs[0] && tabs[0].variables,
      defaultEditorToolsVisibility: true,
    }),
  );
})();
