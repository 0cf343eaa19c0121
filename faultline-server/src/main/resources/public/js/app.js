// The dashboard's entry: reads the filters, loads the data once per change and hands it to the views.
import {get, QUADS, dyadOf} from './api.js';
import {el, fill, byId} from './dom.js';
import {TensionView} from './tension.js';
import {TimelineView} from './timeline.js';
import {NetworkView} from './network.js';
import {MapView} from './map.js';
import {loadClaims} from './claims.js';
import {loadCommitments} from './commitments.js';
import {initSearch} from './search.js';
import {openArticle} from './reader.js';

const EVENT_PAGE = 500; // the API's largest page: the views show what one request brings

const views = {};
let defaultDyad = null;

function status(message, isError) {
  const s = byId('status');
  fill(s, message || '');
  s.classList.toggle('error', !!isError);
}

function fail(e) {
  status(e.message || String(e), true);
  console.error('dashboard:', e);
}

async function loadStats() {
  const s = await get('/api/stats');
  fill(byId('stats'), stat(s.articles, 'articles'), stat(s.events, 'events'),
    s.first_published ? stat(`${s.first_published} – ${s.last_published}`, 'published') : null);
  const types = Object.keys(s.events_by_type || {}).sort();
  fill(byId('filter-type'), el('option', {value: ''}, 'All types'), types.map((t) => el('option', {value: t}, `${t} (${s.events_by_type[t]})`)));
}

function stat(value, label) {
  return el('span', {class: 'stat'}, el('strong', {}, String(value)), ` ${label}`);
}

async function loadDyads() {
  const r = await get('/api/dyads', {limit: 200});
  const pairs = new Map();
  for (const d of r.items) {
    if (!d.source_country || !d.target_country || d.source_country === d.target_country) continue;
    const key = dyadOf({source: {country: d.source_country}, target: {country: d.target_country}});
    pairs.set(key, (pairs.get(key) || 0) + d.events);
  }
  const sorted = [...pairs.entries()].sort((a, b) => b[1] - a[1]);
  defaultDyad = sorted.length ? sorted[0][0] : null;
  fill(byId('filter-dyad'), el('option', {value: ''}, 'All dyads'),
    sorted.map(([k, n]) => el('option', {value: k}, `${k.replace('-', ' – ')} (${n} events)`)));
}

function filters() {
  return {dyad: byId('filter-dyad').value, type: byId('filter-type').value, granularity: byId('filter-granularity').value};
}

/**
 * The newest page of events matching params: the API lists in date order (undated last), so a
 * larger result is read again from its last page. An analyst's morning starts with the latest.
 */
async function newest(path, params) {
  const first = await get(path, {...params, limit: EVENT_PAGE});
  if (first.total <= EVENT_PAGE) return first;
  return get(path, {...params, limit: EVENT_PAGE, offset: first.total - EVENT_PAGE});
}

/**
 * Events (or incidents) of the filters; a dyad is read as its two directed halves, which the
 * store answers from its index.
 */
async function filtered(path, f, typeParam) {
  const base = {[typeParam]: f.type};
  if (!f.dyad) return newest(path, base);
  const [a, b] = f.dyad.split('-');
  const parts = await Promise.all([newest(path, {...base, dyad: `${a}-${b}`}), newest(path, {...base, dyad: `${b}-${a}`})]);
  const key = (x) => String(x.date || x.first_date || '9');
  const items = [...parts[0].items, ...parts[1].items].sort((x, y) => key(x).localeCompare(key(y)));
  return {total: parts[0].total + parts[1].total, items};
}

async function loadEvents() {
  const f = filters();
  document.body.dataset.loading = 'true';
  status('loading…');
  const [events, incidents] = await Promise.all([filtered('/api/events', f, 'type'), filtered('/api/incidents', f, 'type')]);
  // when only the newest page of events is shown, incidents older than it would stretch the axis
  const oldest = events.total > events.items.length ? events.items.map((e) => e.date).filter(Boolean).sort()[0] : null;
  const shownIncidents = oldest ? incidents.items.filter((i) => (i.last_date || i.first_date || '') >= oldest) : incidents.items;
  views.timeline.show(events.items, shownIncidents, events.total);
  views.network.show(events.items);
  views.map.show(events.items);
  await views.tension.load(f.dyad || defaultDyad, f.granularity);
  status(events.total > events.items.length ? `showing the newest ${events.items.length} of ${events.total} events: narrow the filters to see more` : '');
  delete document.body.dataset.loading;
}

function legend() {
  fill(byId('quad-legend'), Object.entries(QUADS).map(([q, info]) => el('span', {class: `badge q${q}`}, info.label)));
}

async function start() {
  legend();
  views.tension = new TensionView((dyad) => {
    byId('filter-dyad').value = dyad;
    loadEvents().catch(fail);
    byId('sec-tension').scrollIntoView({behavior: 'smooth'});
  });
  views.timeline = new TimelineView(openArticle);
  views.network = new NetworkView();
  views.map = new MapView(openArticle);
  initSearch();
  for (const id of ['filter-dyad', 'filter-type']) byId(id).addEventListener('change', () => loadEvents().catch(fail));
  byId('filter-granularity').addEventListener('change', () => {
    const f = filters();
    Promise.all([views.tension.load(f.dyad || defaultDyad, f.granularity), views.tension.loadAlerts(f.granularity)]).catch(fail);
  });
  window.addEventListener('resize', () => Object.values(views).forEach((v) => v.resize()));
  await Promise.all([loadStats(), loadDyads()]);
  await Promise.all([loadEvents(), views.tension.loadAlerts('daily'), loadClaims(), loadCommitments()]);
  document.body.dataset.ready = 'true';
}

start().catch(fail);
