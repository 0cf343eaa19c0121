// The commitments ledger: each commitment with its parties, current status and status history,
// every step linked to the sentence that evidences it.
import {get, actorLabel} from './api.js';
import {el, fill, byId} from './dom.js';
import {openArticle} from './reader.js';

export async function loadCommitments() {
  const r = await get('/api/commitments', {limit: 200});
  fill(byId('commitments-count'), `${r.total} commitment(s)`);
  const list = byId('commitments');
  if (!r.items.length) return fill(list, el('li', {class: 'empty'}, 'No commitments recorded.'));
  fill(list, r.items.map((c) => el('li', {class: 'commitment', dataset: {commitment: c.id}},
    el('div', {class: 'c-head'}, el('span', {class: `badge status s-${c.status}`}, c.status), ' ', el('strong', {}, c.content || c.kind),
      el('span', {class: 'muted'}, ` ${c.kind || ''}, made ${c.made_on || '?'} by ${c.parties.map(actorLabel).join(', ') || '?'}`)),
    el('ol', {class: 'history'}, c.history.map((h) => el('li', {},
      el('span', {class: `badge status s-${h.status}`}, h.status), ' ', el('time', {}, h.date || '?'), ' ',
      h.article_id ? el('a', {href: '#', onclick: (ev) => { ev.preventDefault(); openArticle(h.article_id, h.sentence_index, h.evidence); }},
        h.evidence || h.article_id) : el('span', {}, h.evidence || '')))))));
}
