// DOM helpers. Every string that comes from the API (article text, titles, names, evidence) goes into
// the page as a text node or an attribute value set through the DOM: never as markup, so no source
// text can run or inject elements.

/** el('li', {class: 'x', dataset: {id: 1}, onclick: f}, 'text', child, ...) */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(node, c);
    else if (c instanceof Node) node.appendChild(c);
    else node.appendChild(document.createTextNode(String(c)));
  }
}

/** Replaces an element's children. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

export const byId = (id) => document.getElementById(id);

/** A link only for http(s) URLs: a javascript: or data: URL from a source stays plain text. */
export function safeLink(url, label) {
  if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
    return el('a', {href: url, target: '_blank', rel: 'noopener noreferrer nofollow'}, label || url);
  }
  return url ? el('span', {}, label || url) : null;
}

/**
 * Text with ranges marked: ranges are [begin, end) character offsets into text; each becomes a
 * <mark> holding a text node.
 */
export function marked(text, ranges, markClass) {
  const parts = [];
  let at = 0;
  for (const [b, e] of [...ranges].sort((x, y) => x[0] - y[0])) {
    if (b < at || e <= b || e > text.length) continue;
    if (b > at) parts.push(document.createTextNode(text.slice(at, b)));
    parts.push(el('mark', {class: markClass || null}, text.slice(b, e)));
    at = e;
  }
  if (at < text.length) parts.push(document.createTextNode(text.slice(at)));
  return parts;
}
