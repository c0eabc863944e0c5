/**
 * Sign-in for servers without anonymous reading (ANONYMOUS_READ=false): an API key the user types, or the access
 * token of an OIDC sign-in (oidc.ts). Either is kept for this browser tab only (sessionStorage) and sent as
 * `Authorization: Bearer …` with every request.
 */
const CREDENTIAL_KEY = 'strategiegraph.credential';
const KIND_KEY = 'strategiegraph.credentialKind';

export type CredentialKind = 'apiKey' | 'oidc';

export const credential = (): string | undefined => sessionStorage.getItem(CREDENTIAL_KEY) ?? undefined;
export const credentialKind = (): CredentialKind | undefined => (sessionStorage.getItem(KIND_KEY) as CredentialKind | null) ?? undefined;

export function signIn(value: string, kind: CredentialKind): void {
  sessionStorage.setItem(CREDENTIAL_KEY, value);
  sessionStorage.setItem(KIND_KEY, kind);
}

export function signOut(): void {
  sessionStorage.removeItem(CREDENTIAL_KEY);
  sessionStorage.removeItem(KIND_KEY);
}
