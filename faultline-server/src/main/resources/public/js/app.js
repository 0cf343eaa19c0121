// The dashboard's entry: reads the filters, loads the data once per change and hands it to the views.
import {get, QUADS, dyadOf} from './api.js';
import {el, fill, byId, safeLink} from './dom.js';
import {TensionView} from './tension.js';
import {TimelineView, day} from './timeline.js';
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

const FILTER_FIELDS = ['dyad', 'type', 'actor', 'from', 'to', 'granularity'];

function filters() {
  const f = {};
  for (const k of FILTER_FIELDS) f[k] = byId(`filter-${k}`).value.trim();
  if (f.from && f.to && f.to < f.from) [f.from, f.to] = [f.to, f.from];
  return f;
}

/** Puts the view's filters into the address, so a copied link opens the same view. */
function saveView(f) {
  const qs = new URLSearchParams();
  for (const k of FILTER_FIELDS) if (f[k] && !(k === 'granularity' && f[k] === 'daily')) qs.set(k, f[k]);
  const url = `${location.pathname}${qs.toString() ? '?' + qs : ''}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
}

/** Sets the filters from the address (a deep link); a value the lists do not offer yet is added. */
function restoreView() {
  const qs = new URLSearchParams(location.search);
  for (const k of FILTER_FIELDS) {
    const v = qs.get(k);
    if (!v) continue;
    const input = byId(`filter-${k}`);
    if (input.tagName === 'SELECT' && ![...input.options].some((o) => o.value === v)) input.append(el('option', {value: v}, v));
    input.value = v;
  }
}

/** The API query of the filters for events; an undirected dyad is both directions. */
function eventParams(f) {
  const p = {type: f.type, actor: f.actor, from: f.from, to: f.to};
  if (f.dyad) Object.assign(p, {dyad: f.dyad, directed: 'false'});
  return p;
}

function downloadLink(f) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(eventParams(f))) if (v) qs.set(k, v);
  const a = byId('download-csv');
  a.href = `/api/events.csv${qs.toString() ? '?' + qs : ''}`;
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
async function filtered(path, f, params) {
  if (!f.dyad) return newest(path, params);
  const [a, b] = f.dyad.split('-');
  const {directed, ...rest} = params;
  const parts = await Promise.all([newest(path, {...rest, dyad: `${a}-${b}`}), newest(path, {...rest, dyad: `${b}-${a}`})]);
  const key = (x) => String(x.date || x.first_date || '9');
  const items = [...parts[0].items, ...parts[1].items].sort((x, y) => key(x).localeCompare(key(y)));
  return {total: parts[0].total + parts[1].total, items};
}

const DAY_MS = 24 * 3600 * 1000;

/** The time range both charts share: the date filter when set, else the events' dates with a margin. */
function sharedRange(f, events) {
  const ms = events.filter((e) => e.date).map((e) => Date.parse(day(e.date))).filter((t) => !Number.isNaN(t));
  const from = f.from ? Date.parse(f.from) - DAY_MS : ms.length ? Math.min(...ms) - 3 * DAY_MS : null;
  const to = f.to ? Date.parse(f.to) + DAY_MS : ms.length ? Math.max(...ms) + 3 * DAY_MS : null;
  return from !== null && to !== null ? [from, to] : null;
}

async function loadEvents() {
  const f = filters();
  saveView(f);
  downloadLink(f);
  document.body.dataset.loading = 'true';
  status('loading…');
  // incidents are grouped by type family, not PLOVER type, and know no actor: they are kept when one of their events is in view
  const [events, incidents] = await Promise.all([filtered('/api/events', f, eventParams(f)),
    filtered('/api/incidents', f, {from: f.from, to: f.to})]);
  const inView = new Set(events.items.map((e) => e.id));
  const narrowed = f.type || f.actor ? incidents.items.filter((i) => i.event_ids.some((id) => inView.has(id))) : incidents.items;
  // when only the newest page of events is shown, incidents older than it would stretch the axis
  const oldest = events.total > events.items.length ? events.items.map((e) => e.date).filter(Boolean).sort()[0] : null;
  const shownIncidents = oldest ? narrowed.filter((i) => (i.last_date || i.first_date || '') >= oldest) : narrowed;
  const range = sharedRange(f, events.items);
  views.timeline.show(events.items, shownIncidents, events.total, range);
  views.network.show(events.items);
  views.map.show(events.items);
  await views.tension.load(f.dyad || defaultDyad, f.granularity, range);
  status(events.total > events.items.length ? `showing the newest ${events.items.length} of ${events.total} events: narrow the filters to see more`
    : events.total === 0 ? 'no events match these filters' : '');
  delete document.body.dataset.loading;
}

async function loadSources() {
  const r = await get('/api/sources');
  fill(byId('sources-count'), r.items.length ? `${r.items.length} source(s)` : '');
  const when = (t) => (t ? t.replace('T', ' ').replace(/\.\d+Z$/, 'Z').replace(/:\d\dZ$/, 'Z') : 'never');
  fill(byId('sources').tBodies[0], r.items.length ? r.items.map((s) => el('tr', {dataset: {source: s.name}},
    el('td', {}, s.url ? safeLink(s.url, s.name) : s.name),
    el('td', {}, s.outlet || '–'),
    el('td', {class: 'nowrap'}, when(s.last_poll)),
    el('td', {class: 'nowrap'}, when(s.last_success)),
    el('td', {class: 'num'}, s.items_seen),
    el('td', {class: 'num'}, s.errors),
    el('td', {}, s.failing ? el('span', {class: 'failing'}, `failing: ${s.last_error}`) : el('span', {class: 'ok'}, 'ok'))))
    : [el('tr', {}, el('td', {colspan: 7, class: 'muted'}, 'No watched sources: run faultline watch (or serve --watch) with a sources.yaml.'))]);
}

function legend() {
  fill(byId('quad-legend'), Object.entries(QUADS).map(([q, info]) => el('span', {class: `badge q${q}`}, info.label)));
}

async function start() {
  legend();
  views.tension = new TensionView((dyad, period) => {
    const input = byId('filter-dyad');
    if (![...input.options].some((o) => o.value === dyad)) input.append(el('option', {value: dyad}, dyad));
    input.value = dyad;
    if (period) {
      // the alert's period with two weeks before it (its baseline) and a few days after
      const at = Date.parse(period);
      byId('filter-from').value = new Date(at - 14 * DAY_MS).toISOString().slice(0, 10);
      byId('filter-to').value = new Date(at + 4 * DAY_MS).toISOString().slice(0, 10);
    }
    loadEvents().catch(fail);
    byId('sec-tension').scrollIntoView({behavior: 'smooth'});
  });
  views.timeline = new TimelineView(openArticle);
  views.network = new NetworkView();
  views.map = new MapView(openArticle);
  initSearch();
  for (const id of ['filter-dyad', 'filter-type', 'filter-actor', 'filter-from', 'filter-to']) byId(id).addEventListener('change', () => loadEvents().catch(fail));
  byId('filter-reset').addEventListener('click', () => {
    for (const k of ['dyad', 'type', 'actor', 'from', 'to']) byId(`filter-${k}`).value = '';
    loadEvents().catch(fail);
  });
  views.tension.chart.group = 'time';
  views.timeline.chart.group = 'time';
  echarts.connect('time');
  byId('filter-granularity').addEventListener('change', () => {
    const f = filters();
    saveView(f);
    Promise.all([views.tension.load(f.dyad || defaultDyad, f.granularity), views.tension.loadAlerts(f.granularity)]).catch(fail);
  });
  window.addEventListener('resize', () => Object.values(views).forEach((v) => v.resize()));
  await Promise.all([loadStats(), loadDyads()]);
  restoreView();
  await Promise.all([loadEvents(), views.tension.loadAlerts(filters().granularity), loadClaims(), loadCommitments(), loadSources()]);
  document.body.dataset.ready = 'true';
}

start().catch(fail);
