// Actor network: nodes are actors (size = events they take part in), directed edges who → whom
// (width = events, colour = mean Goldstein: green cooperation, red conflict).
import {actorLabel} from './api.js';
import {el, byId} from './dom.js';

const MAX_NODES = 40;

export class NetworkView {
  constructor() {
    this.chart = echarts.init(byId('network-chart'));
  }

  show(events) {
    const nodes = new Map(), edges = new Map();
    for (const e of events) {
      if (!e.source || !e.target) continue;
      const s = node(nodes, e.source), t = node(nodes, e.target);
      if (s.id === t.id) continue;
      const key = `${s.id}→${t.id}`;
      const edge = edges.get(key) || {source: s.id, target: t.id, count: 0, sum: 0};
      edge.count++; edge.sum += e.goldstein;
      edges.set(key, edge);
    }
    // the most active actors only: past a few dozen nodes a force layout is a hairball
    const kept = new Set([...nodes.values()].sort((a, b) => b.events - a.events).slice(0, MAX_NODES).map((n) => n.id));
    for (const id of [...nodes.keys()]) if (!kept.has(id)) nodes.delete(id);
    for (const [k, x] of [...edges]) if (!kept.has(x.source) || !kept.has(x.target)) edges.delete(k);
    const countries = [...new Set([...nodes.values()].map((n) => n.country))].sort();
    const max = Math.max(1, ...[...edges.values()].map((x) => x.count));
    const most = Math.max(1, ...[...nodes.values()].map((n) => n.events));
    byId('network-chart').setAttribute('aria-label', `Actor network: ${nodes.size} actors, ${edges.size} links; `
      + [...edges.values()].sort((a, b) => b.count - a.count).slice(0, 5).map((x) => `${x.source} to ${x.target}: ${x.count} event(s)`).join('; '));
    this.chart.setOption({
      animation: false,
      color: countries.map(countryColour),
      legend: {type: 'scroll', top: 0, data: countries},
      tooltip: {confine: true, formatter: (p) => p.dataType === 'edge'
        ? el('div', {class: 'tip'}, `${p.data.source} → ${p.data.target}: ${p.data.count} event(s), mean Goldstein ${p.data.mean}`)
        : el('div', {class: 'tip'}, el('strong', {}, p.data.id), el('div', {}, p.data.fullName), el('div', {}, `${p.data.events} event(s)`))},
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true, top: 60, bottom: 20, left: 20, right: 90,
        // gravity strong enough that unconnected pairs stay inside the box instead of drifting past its edge
        force: {repulsion: 260, edgeLength: [60, 150], gravity: 0.3},
        categories: countries.map((c) => ({name: c, itemStyle: {color: countryColour(c)}})),
        label: {show: true, position: 'right', fontSize: 11},
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
        data: [...nodes.values()].map((n) => ({id: n.id, name: n.id, fullName: n.name, events: n.events,
          category: countries.indexOf(n.country), symbolSize: 10 + 26 * Math.sqrt(n.events / most)})),
        links: [...edges.values()].map((x) => {
          const mean = Math.round((x.sum / x.count) * 10) / 10;
          return {source: x.source, target: x.target, count: x.count, mean,
            lineStyle: {width: 1 + 6 * (x.count / max), color: mean >= 0 ? '#1a7f3c' : '#c62828', opacity: 0.75, curveness: 0.15}};
        }),
      }],
    }, true);
  }

  resize() { this.chart.resize(); }
}

/**
 * The same colour for a country in every view and filter: a hue picked by a hash (FNV-1a) of its
 * code, not by its rank, so filtering never repaints a country.
 */
export function countryColour(code) {
  let h = 0x811c9dc5;
  for (const c of String(code)) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return `hsl(${h % 360}, 60%, 45%)`;
}

function node(nodes, a) {
  const id = actorLabel(a);
  const n = nodes.get(id) || {id, name: a.name || a.text || id, country: a.country || '?', events: 0};
  n.events++;
  nodes.set(id, n);
  return n;
}
