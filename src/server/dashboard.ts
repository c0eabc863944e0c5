import { join } from 'node:path';
import { build } from 'esbuild';
import express, { type Router } from 'express';
import { PROJECT_ROOT } from '../config/index.js';

const SOURCE = join(PROJECT_ROOT, 'src', 'dashboard');

const PAGE = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Strategiegraph · Dashboard</title>
<link rel="stylesheet" href="/dashboard/dashboard.css">
</head>
<body>
<header class="top">
  <a class="brand" href="#/coverage">Strategiegraph</a>
  <nav>
    <a href="#/coverage" data-view="coverage">Abdeckung</a>
    <a href="#/impact" data-view="impact">Auswirkungen</a>
    <a href="/graphql">GraphiQL</a>
  </nav>
</header>
<main id="view" aria-live="polite">Lädt…</main>
<script src="/dashboard/dashboard.js"></script>
</body>
</html>
`;

let bundle: Promise<string> | undefined;

/**
 * The dashboard's script: src/dashboard bundled by esbuild with its libraries (the typed client, graphql's
 * printer, Cytoscape.js) into one file, on first request, kept in memory. No CDN: it works offline.
 */
function dashboardBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [join(SOURCE, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  }).then(
    (result) => result.outputFiles[0]!.text,
    (error: unknown) => {
      bundle = undefined;
      throw error;
    },
  );
  return bundle;
}

/** GET /dashboard: the analysts' dashboard (coverage heat map, impact explorer, node pages). */
export function dashboardRouter(): Router {
  const router = express.Router();
  router.get('/dashboard', (_req, res) => {
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'",
    );
    res.type('html').send(PAGE);
  });
  router.get('/dashboard/dashboard.js', async (_req, res, next) => {
    try {
      res.type('application/javascript').setHeader('Cache-Control', 'no-cache').send(await dashboardBundle());
    } catch (error) {
      next(error);
    }
  });
  router.get('/dashboard/dashboard.css', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(SOURCE, 'dashboard.css'));
  });
  return router;
}
