/** A few DOM helpers: the dashboard builds its pages from plain elements. */
import { ViewError } from './api.js';
import { apiLang, dataLang, errorLabel, t } from './i18n.js';

type Attr = string | number | boolean | undefined | null | ((event: Event) => void);
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** h('a', { href: '#/x', class: 'y', onclick: … }, 'text', child …) */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, Attr> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== undefined && value !== null && value !== false) element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the content of `parent`. */
export function show(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** Data text (names, descriptions: German), marked as German when the dashboard speaks English. */
export const data = (text: string): HTMLSpanElement | string => (dataLang() ? h('span', { lang: dataLang() }, text) : text);

/** The link to a node's page. */
export const nodeLink = (node: { id: string; name: string }): HTMLAnchorElement =>
  h('a', { href: `#/node/${encodeURIComponent(node.id)}`, lang: dataLang() }, node.name);

let noteIds = 0;

/**
 * Evidence that is not a source's word (inferred, contested): dashed, focusable, with its note shown on hover and
 * on focus (and hoverable), hidden again with Escape (WCAG 1.4.13), and tied to the mark as its description.
 */
export function inferredMark(className: string, confidence: string, note: string | null | undefined, ...content: Child[]): HTMLElement {
  const text = note ?? t('impact.noNote');
  const id = `note-${++noteIds}`;
  return h(
    'span',
    { class: className, tabindex: 0, 'data-confidence': confidence, 'data-note': text, 'aria-describedby': id },
    content,
    h('span', { class: 'note', role: 'tooltip', id, lang: dataLang() }, text),
  );
}

/** Escape hides the note of the mark under the pointer or in focus, until the pointer or the focus leaves it. */
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  document.querySelectorAll('.inferred:hover, .inferred:focus').forEach((mark) => {
    mark.classList.add('dismissed');
    const restore = () => mark.classList.remove('dismissed');
    mark.addEventListener('mouseleave', restore, { once: true });
    mark.addEventListener('blur', restore, { once: true });
  });
});

/** The "loading" state of a view. */
export const loading = (): HTMLElement => h('p', { class: 'loading', role: 'status' }, t('state.loading'));

/** The "nothing here" state of a view: what is missing and what to do next. */
export const empty = (what: string, next?: Child): HTMLElement => h('div', { class: 'empty', role: 'status' }, h('p', {}, h('strong', {}, what)), next && h('p', {}, next));

/**
 * An error as the user should read it: what happened and what to do next (translated from the API's code), the
 * server's own message (English) beside it, the candidates a NOT_FOUND carries, and a way to try again or sign in.
 */
export function errorBox(error: unknown, retry?: () => void): HTMLElement {
  const e = error instanceof ViewError ? error : new ViewError('UNKNOWN', error instanceof Error ? error.message : String(error));
  return h(
    'div',
    { class: 'error', role: 'alert', 'data-code': e.code },
    h('p', {}, h('strong', {}, errorLabel(e.code, e.params))),
    e.apiMessage && h('p', { class: 'api-message' }, t('error.server'), ' ', h('span', { lang: apiLang() }, e.apiMessage)),
    e.candidates.length > 0 && h('p', {}, t('error.didYouMean'), ' ', e.candidates.map((c, i) => [i > 0 && ', ', nodeLink(c)])),
    h(
      'p',
      { class: 'actions' },
      (e.code === 'UNAUTHENTICATED' || e.code === 'FORBIDDEN') && h('a', { href: `#/signin?back=${encodeURIComponent(location.hash)}` }, t('signin.link')),
      retry && e.code !== 'UNAUTHENTICATED' && h('button', { type: 'button', onclick: retry }, t('error.retry')),
    ),
  );
}
