import { credential, credentialKind, signIn, signOut } from '../auth.js';
import type { ViewContext } from '../context.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { oidcAvailable, startOidcSignIn } from '../oidc.js';

/** Where to go after signing in: the view that asked for it (only a hash of this dashboard), else the start. */
const backOf = (params: URLSearchParams) => {
  const back = params.get('back') ?? '';
  return back.startsWith('#/') && !back.startsWith('#/signin') ? back : '#/coverage';
};

/**
 * Sign-in (#/signin?back=…): an API key, kept for this tab only (sessionStorage) and sent as a bearer token, or,
 * where the server names an OIDC provider for the dashboard, sign-in there (authorization code with PKCE).
 */
export async function signinView(ctx: ViewContext): Promise<void> {
  const title = t('signin.title');
  ctx.title(title);
  const back = backOf(ctx.params);
  const input = h('input', { type: 'password', name: 'apiKey', id: 'signin-key', required: true, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'signin-key-help' });
  const signedIn = credential() !== undefined;
  const oidc = await oidcAvailable(ctx.signal).catch(() => undefined);
  ctx.render(
    h('h1', { tabindex: -1 }, title),
    signedIn &&
      h(
        'div',
        { class: 'signed-in', role: 'status' },
        h('p', {}, t(credentialKind() === 'oidc' ? 'signin.signedInOidc' : 'signin.signedInKey')),
        h('button', { type: 'button', class: 'signout', onclick: () => (signOut(), ctx.retry()) }, t('signin.signOut')),
      ),
    h('p', { class: 'lead' }, t('signin.lead')),
    h(
      'form',
      {
        class: 'signin-form',
        'aria-label': t('signin.keyTitle'),
        onsubmit: (event: Event) => {
          event.preventDefault();
          signIn(input.value.trim(), 'apiKey');
          location.hash = back;
        },
      },
      h('h2', {}, t('signin.keyTitle')),
      h('label', { for: 'signin-key', class: 'field' }, t('signin.key'), input),
      h('p', { id: 'signin-key-help', class: 'help' }, t('signin.keyHelp')),
      h('button', { type: 'submit' }, t('signin.submit')),
    ),
    oidc &&
      h(
        'section',
        { class: 'oidc' },
        h('h2', {}, t('signin.oidcTitle')),
        h('p', {}, t('signin.oidcLead', { issuer: oidc.issuer })),
        h('button', { type: 'button', class: 'oidc-signin', onclick: () => void startOidcSignIn(oidc, back) }, t('signin.oidcSubmit')),
      ),
  );
}
