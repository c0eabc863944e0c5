import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';
import { PROJECT_ROOT } from '../../config/index.js';

const modules = join(PROJECT_ROOT, 'node_modules');
/** GraphiQL 3 and React 18 UMD builds, straight from node_modules: no CDN, works offline. */
const ASSETS: Record<string, string> = {
  'graphiql.min.js': join(modules, 'graphiql', 'graphiql.min.js'),
  'graphiql.min.css': join(modules, 'graphiql', 'graphiql.min.css'),
  'react.production.min.js': join(modules, 'react', 'umd', 'react.production.min.js'),
  'react-dom.production.min.js': join(modules, 'react-dom', 'umd', 'react-dom.production.min.js'),
  'start.js': fileURLToPath(new URL('./start.js', import.meta.url)),
};

const PAGE = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Strategiegraph · GraphiQL</title>
<link rel="stylesheet" href="/graphiql/graphiql.min.css">
<style>body{margin:0}#graphiql{height:100vh}</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/react.production.min.js"></script>
<script src="/graphiql/react-dom.production.min.js"></script>
<script src="/graphiql/graphiql.min.js"></script>
<script src="/graphiql/start.js"></script>
</body>
</html>
`;

/** The analysts' example operations (operations/examples/*.graphql), opened as GraphiQL tabs. */
export function exampleTabs(dir = join(PROJECT_ROOT, 'operations', 'examples')): { query: string; variables?: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => {
      const query = readFileSync(join(dir, f), 'utf8');
      // A leading "# variables: {...}" line gives the tab its variables.
      const vars = /^# variables: (.*)$/m.exec(query)?.[1];
      return vars ? { query, variables: JSON.stringify(JSON.parse(vars), null, 2) } : { query };
    });
}

export function graphiqlRouter(): Router {
  const router = express.Router();
  const tabs = JSON.stringify(exampleTabs());
  router.get('/graphiql/examples.json', (_req, res) => {
    res.type('application/json').send(tabs);
  });
  router.get('/graphiql/:asset', (req, res, next) => {
    const file = ASSETS[req.params.asset];
    if (!file) return next();
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.sendFile(file);
  });
  // Browsers asking for /graphql get the IDE; API clients (JSON) reach the GraphQL handler.
  router.get('/graphql', (req, res, next) => {
    if (req.query.query !== undefined || req.accepts(['text/html', 'application/json']) !== 'text/html') return next();
    res.setHeader('Content-Security-Policy', "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:");
    res.type('html').send(PAGE);
  });
  return router;
}
