// Starts GraphiQL (UMD globals React, ReactDOM, GraphiQL) with the example operations as tabs.
(async function start() {
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  const tabs = await fetch('/graphiql/examples.json').then((r) => r.json());
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: true }),
  );
})();
