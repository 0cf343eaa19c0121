// JSON over the server's own /api: errors surface as exceptions carrying the server's message.

export async function get(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== '') qs.set(k, v);
  const url = qs.toString() ? `${path}?${qs}` : path;
  const r = await fetch(url, {headers: {Accept: 'application/json'}});
  const body = await r.json().catch(() => null);
  if (!r.ok) throw new Error((body && body.error) || `${r.status} for ${url}`);
  return body;
}

/** Actor label: code, else name, else the text it was mentioned as. */
export function actorLabel(a) {
  if (!a) return '–';
  return a.code || a.name || a.text || '–';
}

/** Undirected dyad key of an event's two countries ("ARM-AZE", sorted), or null. */
export function dyadOf(e) {
  const s = e.source && e.source.country, t = e.target && e.target.country;
  if (!s || !t || s === t) return null;
  return s < t ? `${s}-${t}` : `${t}-${s}`;
}

export const QUADS = {
  1: {label: 'Verbal cooperation', color: '#74c476'},
  2: {label: 'Material cooperation', color: '#1a7f3c'},
  3: {label: 'Verbal conflict', color: '#f28e2b'},
  4: {label: 'Material conflict', color: '#c62828'},
};
