import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';
import express, { type Router } from 'express';
import type { AuthConfig } from '../config/index.js';

/** The dashboard's folder next to this module: src/dashboard (sources), or dist/dashboard in the production build. */
const DASHBOARD_DIR = fileURLToPath(new URL('../dashboard', import.meta.url));
/** The script `npm run build` bundled (only in dist/; under src/ the sources are bundled on first request). */
const PREBUILT = join(DASHBOARD_DIR, 'dashboard.js');

const PAGE = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Strategiegraph · Dashboard</title>
<link rel="stylesheet" href="/dashboard/dashboard.css">
</head>
<body>
<header class="top" id="top"><a class="brand" href="#/coverage">Strategiegraph</a></header>
<main id="view" tabindex="-1"><p role="status">Lädt…</p><noscript>Das Dashboard braucht JavaScript. Die Daten gibt es auch ohne: <a href="/graphql">GraphQL</a>, <a href="/export">Export</a>.</noscript></main>
<script src="/dashboard/dashboard.js"></script>
</body>
</html>
`;

/**
 * How the dashboard's script is bundled: src/dashboard with its libraries (the typed client, graphql's printer,
 * Cytoscape.js) in one file. No CDN: it works offline. `npm run build` writes it to dist/dashboard/dashboard.js.
 */
export function dashboardBundleOptions(sourceDir: string): BuildOptions {
  return {
    entryPoints: [join(sourceDir, 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  };
}

let bundle: Promise<string> | undefined;

/**
 * The dashboard's script, kept in memory: the production build's file, or (running the sources) bundled by
 * esbuild on first request.
 */
function dashboardBundle(): Promise<string> {
  if (existsSync(PREBUILT)) return (bundle ??= Promise.resolve(readFileSync(PREBUILT, 'utf8')));
  bundle ??= import('esbuild').then(({ build }) => build({ ...dashboardBundleOptions(DASHBOARD_DIR), write: false })).then(
    (result) => result.outputFiles![0]!.text,
    (error: unknown) => {
      bundle = undefined;
      throw error;
    },
  );
  return bundle;
}

/**
 * GET /dashboard: the analysts' dashboard (coverage, search, lists, impact, connections, node pages), its script
 * and stylesheet, and /dashboard/config.json: whether reading needs sign-in and the OIDC client the dashboard may
 * sign in with (OIDC_DASHBOARD_CLIENT_ID at OIDC_ISSUER), whose origin the page may then also connect to.
 */
export function dashboardRouter(auth: AuthConfig): Router {
  const router = express.Router();
  const oidc = auth.oidc?.dashboardClientId ? { issuer: auth.oidc.issuer, clientId: auth.oidc.dashboardClientId, scope: auth.oidc.dashboardScope ?? 'openid' } : null;
  const connect = oidc ? `'self' ${new URL(oidc.issuer).origin}` : "'self'";
  router.get('/dashboard', (_req, res) => {
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src ${connect}`,
    );
    res.type('html').send(PAGE);
  });
  router.get('/dashboard/config.json', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.json({ anonymousRead: auth.anonymousRead, oidc });
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
    res.sendFile(join(DASHBOARD_DIR, 'dashboard.css'));
  });
  return router;
}
