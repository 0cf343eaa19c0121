// Map of located events over the bundled world outline (no tiles): one dot per event, coloured by quad.
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
    this.chart.setOption({
      animation: false,
      legend: {bottom: 4, data: Object.values(QUADS).map((q) => q.label), backgroundColor: 'rgba(255,255,255,0.85)', padding: 6},
      tooltip: {trigger: 'item', confine: true, formatter: (p) => p.data && p.data.ref ? tip(p.data.ref) : ''},
      geo: this.hasWorld ? geo : undefined,
      series: Object.entries(QUADS).map(([q, info]) => ({
        name: info.label, type: 'scatter', coordinateSystem: 'geo', itemStyle: {color: info.color, opacity: 0.85, borderColor: '#fff'},
        data: located.filter((e) => String(e.quad) === q).map((e) => ({value: jitter(e), symbolSize: 7 + Math.abs(e.goldstein), ref: e})),
      })),
    }, true);
  }

  resize() { this.chart.resize(); }
}

/** The events' extent with a margin, as [[west, north], [east, south]], at least 6° across. */
function bounds(located) {
  let w = 180, e = -180, s = 90, n = -90;
  for (const x of located) {
    w = Math.min(w, x.location.lon); e = Math.max(e, x.location.lon);
    s = Math.min(s, x.location.lat); n = Math.max(n, x.location.lat);
  }
  const pad = Math.max(3, (e - w) * 0.25, (n - s) * 0.25);
  return [[Math.max(-180, w - pad), Math.min(85, n + pad)], [Math.min(180, e + pad), Math.max(-85, s - pad)]];
}

/** Events at the same place are spread a little so each stays clickable. */
function jitter(e) {
  let h = 0;
  for (const c of e.id) h = (h * 31 + c.charCodeAt(0)) | 0;
  return [e.location.lon + ((h & 255) / 255 - 0.5) * 0.08, e.location.lat + (((h >> 8) & 255) / 255 - 0.5) * 0.08];
}

function tip(e) {
  return el('div', {class: 'tip'}, el('strong', {}, `${e.location.name}: ${e.type}`), ` ${e.date || ''}`,
    el('div', {}, `${actorLabel(e.source)} → ${actorLabel(e.target)}`), el('div', {class: 'tip-evidence'}, e.evidence || ''));
}
