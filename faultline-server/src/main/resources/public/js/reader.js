// The article reader: the clean text with one sentence highlighted, in a modal dialog. The text is
// set as text nodes (see dom.js): markup in an article shows as the characters it is made of.
import {get, actorLabel} from './api.js';
import {el, fill, byId, marked, safeLink} from './dom.js';

const cache = new Map();

export function article(id) {
  if (!cache.has(id)) cache.set(id, get(`/api/articles/${encodeURIComponent(id)}`).catch((e) => { cache.delete(id); throw e; }));
  return cache.get(id);
}

/** [begin, end) of sentence {@code index} in the article text, else of the evidence string, else null. */
export function sentenceRange(a, index, evidence) {
  const s = (a.sentences || []).find((x) => x.index === index);
  if (s && s.end <= (a.text || '').length) return [s.begin, s.end];
  if (evidence) {
    const at = (a.text || '').indexOf(evidence);
    if (at >= 0) return [at, at + evidence.length];
  }
  return null;
}

/** A box with the article text, the sentence marked as evidence and scrolled into view once shown. */
export function textWithEvidence(a, index, evidence, boxClass) {
  const range = sentenceRange(a, index, evidence);
  const box = el('div', {class: boxClass || 'article-text'}, marked(a.text || '', range ? [range] : [], 'evidence'));
  requestAnimationFrame(() => {
    const m = box.querySelector('mark.evidence');
    if (m) box.scrollTop = Math.max(0, m.offsetTop - box.offsetTop - box.clientHeight / 3);
  });
  return box;
}

/** An http(s) address, or null: a local file path is never shown. */
export function webAddress(s) {
  return s && /^https?:\/\//i.test(s) ? s : null;
}

/**
 * The outlet to show for an article: a source given as a name ("Test Wire", as POST /api/articles
 * takes it), else the host of its address; a source that is a file path is never shown.
 */
export function outletFor(a, url) {
  const src = (a.source || '').split('#')[0].trim();
  if (src && !webAddress(src) && !/[\\/]/.test(src) && !/\.[a-z0-9]{2,5}$/i.test(src)) return src;
  return outletOf(url);
}

/** The outlet an address belongs to: its host without "www.". */
export function outletOf(url) {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch (e) {
    return null;
  }
}

export async function openArticle(id, sentenceIndex, evidence) {
  const dialog = byId('reader');
  const a = await article(id);
  fill(byId('reader-title'), a.title || a.id);
  const url = webAddress(a.url) || webAddress((a.source || '').split('#')[0]);
  fill(byId('reader-meta'), [outletFor(a, url), a.published, a.published_inferred ? '(date inferred)' : null].filter(Boolean).join(' · '), ' ',
    url ? safeLink(url, url) : '', a.duplicate_of ? ` · duplicate of ${a.duplicate_of}` : '');
  const range = sentenceRange(a, sentenceIndex, evidence);
  const text = byId('reader-text');
  fill(text, marked(a.text || '', range ? [range] : [], 'evidence'));
  text.dataset.article = a.id;
  if (!dialog.open) dialog.showModal();
  const m = text.querySelector('mark.evidence');
  if (m) m.scrollIntoView({block: 'center'});
  else text.scrollTop = 0;
  const events = await get('/api/events', {article: id, limit: 100});
  fill(byId('reader-events'), events.items.length ? events.items.map((e) => el('li', {},
    el('span', {class: `badge q${e.quad}`}, e.type), ` ${actorLabel(e.source)} → ${actorLabel(e.target)} `,
    el('span', {class: 'muted'}, `${e.date || 'undated'}, ${e.factuality}, Goldstein ${e.goldstein}`), ' ',
    el('a', {href: '#', onclick: (ev) => { ev.preventDefault(); openArticle(id, e.sentence_index); }}, 'show sentence')))
    : [el('li', {class: 'muted'}, 'none')]);
}
