// Map of located events over the bundled world outline (no tiles). Events close together at the
// view's scale are one bubble (sized by how many, coloured by their most frequent quad, labelled
// with the count), so a hundred reports from one town do not pile into an unreadable blot.
import {QUADS, actorLabel} from './api.js';
import {el, fill, byId} from './dom.js';

export class MapView {
  constructor(openArticle) {
    this.chart = echarts.init(byId('map-chart'));
    this.hasWorld = typeof echarts.getMap === 'function' && !!echarts.getMap('world');
    this.chart.on('click', (p) => p.data && p.data.ref && openArticle(p.data.ref.article_id, p.data.ref.sentence_index));
  }

  show(events) {
    const located = events.filter((e) => e.location && typeof e.location.lat === 'number' && typeof e.location.lon === 'number');
    fill(byId('map-count'), `${located.length} of ${events.length} event(s) have coordinates`);
    byId('map-count').dataset.located = String(located.length);
    const empty = byId('map-empty');
    empty.hidden = located.length > 0;
    fill(empty, events.length ? 'None of the events in this view has a known place.' : 'No events match these filters: nothing to map.');
    byId('map-chart').setAttribute('aria-label', `Map: ${located.length} located event(s)`
      + (located.length ? ` at ${[...new Set(located.map((e) => e.location.name))].slice(0, 8).join(', ')}` : ''));
    const geo = {map: 'world', roam: true, itemStyle: {areaColor: '#eef0f3', borderColor: '#9aa3ad'},
      emphasis: {disabled: true}, silent: true};
    if (located.length) geo.boundingCoords = bounds(located);
    const clusters = byPlace(located, geo.boundingCoords);
    byId('map-count').dataset.places = String(clusters.length);
    this.chart.setOption({
      animation: false,
      legend: {bottom: 4, data: Object.values(QUADS).map((q) => q.label), backgroundColor: 'rgba(255,255,255,0.85)', padding: 6},
      tooltip: {trigger: 'item', confine: true, formatter: (p) => p.data && p.data.places ? tip(p.data.places) : ''},
      geo: this.hasWorld ? geo : undefined,
      series: Object.entries(QUADS).map(([q, info]) => ({
        name: info.label, type: 'scatter', coordinateSystem: 'geo', itemStyle: {color: info.color, opacity: 0.85, borderColor: '#fff'},
        label: {show: true, formatter: (p) => p.data.places.length > 1 ? String(p.data.places.length) : '', color: '#fff',
          fontWeight: 'bold', fontSize: 11},
        data: clusters.filter((c) => c.quad === q).map((c) => ({value: [c.lon, c.lat], symbolSize: bubble(c), places: c.events,
          ref: c.lead})),
      })),
    }, true);
  }

  resize() { this.chart.resize(); }
}

/**
 * The events' extent with a margin, as [[west, north], [east, south]], at least 2° across: tight
 * enough that places a few kilometres apart stay separate bubbles, wide enough to show the borders.
 */
function bounds(located) {
  let w = 180, e = -180, s = 90, n = -90;
  for (const x of located) {
    w = Math.min(w, x.location.lon); e = Math.max(e, x.location.lon);
    s = Math.min(s, x.location.lat); n = Math.max(n, x.location.lat);
  }
  const pad = Math.max(1, (e - w) * 0.25, (n - s) * 0.25);
  return [[Math.max(-180, w - pad), Math.min(85, n + pad)], [Math.min(180, e + pad), Math.max(-85, s - pad)]];
}

/**
 * Events grouped by grid cell: a cell is a twelfth of the view's extent, so bubbles that would
 * overlap on screen become one (reports from one town always do). Each group has the mean position
 * of its events, its most frequent quad (ties to the more violent), its place names, and a lead
 * event, the most severe, which a click opens.
 */
function byPlace(located, box) {
  const span = box ? Math.max(box[1][0] - box[0][0], box[0][1] - box[1][1]) : 2;
  const cell = Math.max(0.01, span / 12);
  const groups = new Map();
  for (const e of located) {
    const key = `${Math.floor(e.location.lat / cell)}|${Math.floor(e.location.lon / cell)}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(e);
  }
  return [...groups.values()].map((events) => {
    const counts = {};
    for (const e of events) counts[e.quad] = (counts[e.quad] || 0) + 1;
    const quad = Object.keys(counts).sort((a, b) => counts[b] - counts[a] || Number(b) - Number(a))[0];
    const lead = events.reduce((a, b) => (b.goldstein < a.goldstein ? b : a));
    const lat = events.reduce((t, e) => t + e.location.lat, 0) / events.length;
    const lon = events.reduce((t, e) => t + e.location.lon, 0) / events.length;
    return {events, quad: String(quad), lead, lat, lon};
  });
}

/** Area grows with the number of events, so ten events look ten times the ink of one, not ten times as wide. */
function bubble(cluster) {
  const worst = Math.abs(cluster.lead.goldstein || 0);
  return Math.min(60, 8 + worst * 0.6 + 7 * Math.sqrt(cluster.events.length - 1));
}

function tip(events) {
  const names = {};
  for (const x of events) names[x.location.name] = (names[x.location.name] || 0) + 1;
  const places = Object.entries(names).sort((a, b) => b[1] - a[1]).map(([n]) => n);
  const where = places.length > 1 ? `${places[0]} and ${places.length - 1} other place(s) nearby` : places[0];
  const types = {};
  for (const x of events) types[x.type] = (types[x.type] || 0) + 1;
  const summary = Object.entries(types).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ');
  return el('div', {class: 'tip'}, el('strong', {}, `${where}: ${events.length} event(s)`), ` ${summary}`,
    ...events.slice(0, 3).map((x) => el('div', {class: 'tip-evidence'},
      `${x.date || ''} ${x.location.name}, ${actorLabel(x.source)} → ${actorLabel(x.target)}: ${x.evidence || ''}`)),
    events.length > 3 ? el('div', {}, `… and ${events.length - 3} more; a click opens the most severe`) : '');
}
