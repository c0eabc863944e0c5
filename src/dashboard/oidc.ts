import { signIn } from './auth.js';

/**
 * OIDC sign-in for the dashboard: the authorization code flow with PKCE (RFC 7636, S256) against the issuer the
 * server names in /dashboard/config.json (OIDC_ISSUER with OIDC_DASHBOARD_CLIENT_ID). A public client: no secret in
 * the browser. The access token is kept for this tab only (sessionStorage) and sent as the bearer token.
 */
export interface OidcClient {
  readonly issuer: string;
  readonly clientId: string;
  readonly scope: string;
}

const PENDING_KEY = 'strategiegraph.oidcPending';

interface Pending {
  readonly state: string;
  readonly verifier: string;
  readonly tokenEndpoint: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly back: string;
}

let config: Promise<OidcClient | undefined> | undefined;

/** The OIDC client the server offers the dashboard, if any. */
export function oidcAvailable(signal?: AbortSignal): Promise<OidcClient | undefined> {
  const loaded: Promise<OidcClient | undefined> = (config ??= fetch('/dashboard/config.json', { signal })
    .then((r) => (r.ok ? (r.json() as Promise<{ oidc?: OidcClient | null }>) : {}))
    .then((c: { oidc?: OidcClient | null }) => c.oidc ?? undefined)
    .catch((error: unknown) => {
      config = undefined;
      throw error;
    }));
  return loaded;
}

const base64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const random = (n: number) => base64url(crypto.getRandomValues(new Uint8Array(n)));
const redirectUri = () => `${location.origin}${location.pathname}`;

async function discover(issuer: string): Promise<{ authorization_endpoint: string; token_endpoint: string }> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`OIDC discovery failed: HTTP ${response.status}`);
  return (await response.json()) as { authorization_endpoint: string; token_endpoint: string };
}

/** Sends the browser to the provider's sign-in page; it comes back to /dashboard with ?code=…&state=…. */
export async function startOidcSignIn(client: OidcClient, back: string): Promise<void> {
  const { authorization_endpoint, token_endpoint } = await discover(client.issuer);
  const verifier = random(32);
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  const pending: Pending = { state: random(16), verifier, tokenEndpoint: token_endpoint, clientId: client.clientId, redirectUri: redirectUri(), back };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: client.clientId,
    redirect_uri: pending.redirectUri,
    scope: client.scope,
    state: pending.state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
}

/**
 * On the way back from the provider: exchanges the code (with the PKCE verifier) for the access token and returns
 * the view to go to. Nothing to do (undefined) without ?code; an error when the state does not match or the
 * exchange fails.
 */
export async function completeOidcSignIn(): Promise<string | undefined> {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  const state = params.get('state');
  if (!code && !params.get('error')) return undefined;
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as Pending | null;
  sessionStorage.removeItem(PENDING_KEY);
  const clean = new URL(location.href);
  for (const key of ['code', 'state', 'session_state', 'iss', 'error', 'error_description']) clean.searchParams.delete(key);
  history.replaceState(history.state, '', clean);
  if (params.get('error')) throw new Error(`${params.get('error')}: ${params.get('error_description') ?? ''}`);
  if (!pending || pending.state !== state) throw new Error('The sign-in answer does not belong to this tab (state mismatch).');
  const response = await fetch(pending.tokenEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code: code!, redirect_uri: pending.redirectUri, client_id: pending.clientId, code_verifier: pending.verifier }),
  });
  const body = (await response.json().catch(() => ({}))) as { access_token?: string; error?: string };
  if (!response.ok || !body.access_token) throw new Error(`The token exchange failed: ${body.error ?? `HTTP ${response.status}`}`);
  signIn(body.access_token, 'oidc');
  return pending.back;
}
