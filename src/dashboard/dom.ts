/** A few DOM helpers: the dashboard builds its pages from plain elements. */
type Attr = string | number | boolean | undefined | ((event: Event) => void);
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** h('a', { href: '#/x', class: 'y', onclick: … }, 'text', child …) */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, Attr> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== undefined && value !== false) element.setAttribute(name, String(value));
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

const EUR = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
export const eur = (amount: number): string => EUR.format(amount);

/** The link to a node's page. */
export const nodeLink = (node: { id: string; name: string }): HTMLAnchorElement => h('a', { href: `#/node/${encodeURIComponent(node.id)}` }, node.name);

/** An error from the API, with the candidates a NOT_FOUND carries. */
export function errorBox(error: unknown): HTMLElement {
  const errors = (error as { errors?: { message: string; extensions?: { candidates?: { id: string; name: string }[] } }[] }).errors;
  const candidates = errors?.[0]?.extensions?.candidates ?? [];
  return h(
    'div',
    { class: 'error', role: 'alert' },
    h('p', {}, error instanceof Error ? error.message : String(error)),
    candidates.length > 0 && h('p', {}, 'Meinten Sie: ', candidates.map((c, i) => [i > 0 && ', ', nodeLink(c)])),
  );
}
