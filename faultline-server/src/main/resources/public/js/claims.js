// Contested claims: the list of contradictions, and one pair side by side with each claim's
// speaker, date, source article and the evidence sentence highlighted in the article's text.
import {get, actorLabel} from './api.js';
import {el, fill, byId, safeLink} from './dom.js';
import {article, textWithEvidence, openArticle, webAddress, outletFor} from './reader.js';

const PAGE = 100;

/** The best-scored contradictions first (the API lists them best first). */
export async function loadClaims() {
  const r = await get('/api/contradictions', {limit: PAGE});
  const items = r.items;
  fill(byId('claims-count'), r.total > PAGE ? `${r.total} contradiction(s), the best ${PAGE} listed` : `${r.total} contradiction(s)`);
  const list = byId('contradictions');
  if (!items.length) return fill(list, el('li', {class: 'empty'}, 'No contested claims yet.'));
  fill(list, items.map((c) => el('li', {class: 'pair-item', tabindex: 0, dataset: {contradiction: c.id},
    onclick: () => showPair(c), onkeydown: (ev) => { if (ev.key === 'Enter') showPair(c); }},
  el('span', {class: 'badge kind'}, c.kind),
  el('span', {class: 'badge score', title: 'score: how sure the pairing is'}, (c.score ?? 1).toFixed(2)),
  el('div', {class: 'who'}, `${speaker(c.a)} vs ${speaker(c.b)}`),
  el('div', {class: 'muted'}, c.a.date || c.a.article.published || ''))));
  await showPair(items[0]);
}

export async function showPair(c) {
  for (const li of byId('contradictions').children) li.classList.toggle('selected', li.dataset.contradiction === c.id);
  const box = byId('pair');
  box.hidden = false;
  box.dataset.contradiction = c.id;
  delete box.dataset.ready;
  fill(byId('pair-explanation'), el('span', {class: 'badge kind'}, c.kind), ' ', c.explanation || '');
  await Promise.all([side(byId('side-a'), c.a), side(byId('side-b'), c.b)]);
  box.dataset.ready = 'true';
}

/** When it was claimed, the outlet and the original URL (a local file path is never shown). */
function claimOrigin(s) {
  const url = webAddress(s.article.url) || webAddress((s.article.source || '').split('#')[0]);
  return el('div', {class: 'muted'}, [s.date ? `claimed ${s.date}` : null, outletFor(s.article, url)].filter(Boolean).join(' · '), ' ',
    url ? safeLink(url, 'original') : '');
}

async function side(node, s) {
  fill(node, el('p', {class: 'muted'}, 'loading the article…'));
  const head = [
    el('div', {class: 'speaker'}, el('strong', {}, s.speaker ? s.speaker.name || s.speaker.text : '?'),
      s.speaker ? ` (${[s.speaker.code, s.speaker.country].filter(Boolean).join(', ')})` : '', ' ', el('span', {class: 'badge stance'}, s.stance)),
    claimOrigin(s),
    el('div', {class: 'source'}, el('a', {href: '#', onclick: (ev) => { ev.preventDefault(); openArticle(s.article_id, s.sentence_index, s.evidence); }},
      s.article.title || s.article_id), s.article.published ? ` (${s.article.published})` : ''),
    el('blockquote', {class: 'claim'}, `${s.speaker ? s.speaker.text || actorLabel(s.speaker) : '?'} ${s.cue || 'said'}: `, el('q', {}, s.content)),
  ];
  try {
    const a = await article(s.article_id);
    fill(node, head, textWithEvidence(a, s.sentence_index, s.evidence, 'article-text excerpt'));
  } catch (e) {
    fill(node, head, el('p', {class: 'evidence-only'}, el('mark', {class: 'evidence'}, s.evidence || '')), el('p', {class: 'error'}, e.message));
  }
}

function speaker(s) {
  return s.speaker ? (s.speaker.name || s.speaker.text || '?') : '?';
}
