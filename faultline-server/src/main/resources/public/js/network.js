// Actor network: nodes are actors (size = events they take part in), directed edges who → whom
// (width = events, colour = mean Goldstein: green cooperation, red conflict).
import {actorLabel} from './api.js';
import {el, byId} from './dom.js';

const MAX_NODES = 40;
// Country colours, kept apart from the green and red that mean cooperation and conflict on edges.
const PALETTE = ['#4c6ef5', '#f2c14e', '#9a60b4', '#5bc0de', '#ea7ccc', '#8d6e63', '#94a3b8', '#b59f3b', '#1a237e',
  '#00acc1', '#ff8a65', '#6d4c41', '#7e57c2', '#26c6da', '#c0ca33', '#546e7a'];

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
    this.chart.setOption({
      animation: false,
      color: PALETTE,
      legend: {type: 'scroll', top: 0, data: countries},
      tooltip: {confine: true, formatter: (p) => p.dataType === 'edge'
        ? el('div', {class: 'tip'}, `${p.data.source} → ${p.data.target}: ${p.data.count} event(s), mean Goldstein ${p.data.mean}`)
        : el('div', {class: 'tip'}, el('strong', {}, p.data.id), el('div', {}, p.data.fullName), el('div', {}, `${p.data.events} event(s)`))},
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true, top: 60, bottom: 20, left: 20, right: 90,
        force: {repulsion: 320, edgeLength: [70, 170], gravity: 0.12},
        categories: countries.map((c) => ({name: c})),
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

function node(nodes, a) {
  const id = actorLabel(a);
  const n = nodes.get(id) || {id, name: a.name || a.text || id, country: a.country || '?', events: 0};
  n.events++;
  nodes.set(id, n);
  return n;
}
