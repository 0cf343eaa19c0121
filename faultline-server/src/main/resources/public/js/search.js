// Full-text search over articles (/api/search): snippets with the matched terms marked, from the
// server's character ranges, never from markup.
import {get} from './api.js';
import {el, fill, byId, marked} from './dom.js';
import {openArticle} from './reader.js';

export function initSearch() {
  byId('search-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const q = byId('search-q').value.trim();
    if (!q) return;
    const note = byId('search-note');
    try {
      const r = await get('/api/search', {q, limit: 30});
      fill(note, `${r.items.length} article(s) match`);
      fill(byId('search-results'), r.items.map((h) => el('li', {class: 'hit', dataset: {article: h.article_id}},
        el('a', {href: '#', class: 'hit-title', onclick: (e) => { e.preventDefault(); openArticle(h.article_id); }}, h.title || h.article_id),
        el('div', {class: 'muted'}, [h.source, h.published, h.duplicate_of ? 'duplicate' : null].filter(Boolean).join(' · ')),
        el('div', {class: 'snippet'}, marked(h.snippet || '', h.highlights || [], 'hl')))));
    } catch (e) {
      fill(note, el('span', {class: 'error'}, e.message));
      fill(byId('search-results'));
    }
  });
}
