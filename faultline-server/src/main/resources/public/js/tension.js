// Tension chart of one dyad (/api/tension) with its alerts marked, and the alerts list (/api/alerts).
import {get} from './api.js';
import {el, fill, byId} from './dom.js';
import {dayAxis} from './timeline.js';
import {openArticle} from './reader.js';


export class TensionView {
  constructor(onPickDyad) {
    this.chart = echarts.init(byId('tension-chart'));
    this.onPickDyad = onPickDyad;
  }

  async loadAlerts(granularity) {
    const r = await get('/api/alerts', {limit: 12, granularity});
    const list = byId('alerts');
    if (!r.items.length) return fill(list, el('li', {class: 'empty'}, 'No alerts: no dyad rose beyond its baseline.'));
    const pick = (a) => this.onPickDyad(a.dyad, a.period);
    fill(list, r.items.map((a) => el('li', {class: 'alert', tabindex: 0, dataset: {dyad: a.dyad, period: a.period},
      title: 'Show this dyad around this period', onclick: () => pick(a), onkeydown: (ev) => { if (ev.key === 'Enter') pick(a); }},
      el('div', {class: 'alert-head'}, el('strong', {}, a.dyad), ' ', el('time', {}, a.period),
        el('span', {class: 'badge q4', title: 'tension, and the threshold it reached'}, `${a.value} ≥ ${a.threshold}`)),
      el('ul', {class: 'drivers'}, a.events.slice(0, 3).map((e) =>
        el('li', {}, `${e.source || '–'} ${e.type} ${e.target || '–'} (${e.goldstein}): `,
          el('a', {href: '#', class: 'driver', dataset: {event: e.id}, onclick: (ev) => { ev.preventDefault(); ev.stopPropagation(); openArticle(e.article_id, null, e.evidence); }},
            el('q', {}, e.evidence))))))));
    return r;
  }

  async load(dyad, granularity, range) {
    fill(byId('tension-dyad'), dyad ? `${dyad}, ${granularity}` : '');
    if (!dyad) {
      this.chart.clear();
      fill(byId('tension-note'), 'Nothing to chart yet: no events between two countries are stored.');
      return;
    }
    const s = await get('/api/tension', {dyad, granularity, directed: false});
    fill(byId('tension-note'), s.points.length
      ? `${s.points.length} periods, ${s.alerts.length} alert(s). Raw = Goldstein-weighted conflict of the period (each incident once, material conflict ×1.5); line = smoothed.`
      : `No dated events between ${dyad}.`);
    const alertAt = new Map(s.alerts.map((a) => [a.period, a]));
    const top = [...s.points].sort((a, b) => b.raw - a.raw).slice(0, 3).filter((p) => p.raw > 0);
    byId('tension-chart').setAttribute('aria-label', `Tension of ${dyad}: ${s.points.length} periods, ${s.alerts.length} alert(s)`
      + (top.length ? `; highest ${top.map((p) => `${p.period} (${p.raw})`).join(', ')}` : ''));
    this.chart.setOption({
      animation: false,
      grid: {left: 48, right: 16, top: 30, bottom: 56},
      legend: {top: 0, data: ['Raw', 'Smoothed', 'Alert']},
      tooltip: {trigger: 'axis', confine: true, formatter: (ps) => this.tip(ps, alertAt)},
      xAxis: range ? {...dayAxis([]), min: range[0], max: range[1]} : dayAxis(s.points.map((p) => p.period)),
      yAxis: {type: 'value', name: 'conflict points (15 = one attack)', nameTextStyle: {align: 'left'}, min: 0},
      dataZoom: [{type: 'inside'}, {type: 'slider', height: 18, bottom: 8}],
      series: [
        {name: 'Raw', type: 'bar', data: s.points.map((p) => [p.period, p.raw]), itemStyle: {color: '#c9ced6'}, barMaxWidth: 10},
        {name: 'Smoothed', type: 'line', data: s.points.map((p) => [p.period, p.smoothed]), showSymbol: false,
          lineStyle: {width: 2.5, color: '#3b5b92'}, itemStyle: {color: '#3b5b92'}},
        {name: 'Alert', type: 'scatter', data: s.alerts.map((a) => [a.period, a.value]), symbol: 'triangle', symbolSize: 14,
          itemStyle: {color: '#c62828'}, z: 5,
          markLine: {silent: true, symbol: 'none', lineStyle: {type: 'dashed', color: '#c62828'},
            label: {formatter: 'alert threshold (at least)', position: 'insideEndTop'}, data: typeof s.alert_floor === 'number' ? [{yAxis: s.alert_floor}] : []}},
      ],
    }, true);
  }

  tip(params, alertAt) {
    const period = params.length ? echarts.format.formatTime('yyyy-MM-dd', params[0].value[0]) : '';
    const rows = params.filter((p) => p.seriesName !== 'Alert').map((p) => el('div', {}, `${p.seriesName}: ${p.value[1]}`));
    const a = alertAt.get(period);
    return el('div', {class: 'tip'}, el('strong', {}, period), rows,
      a ? el('div', {class: 'tip-alert'}, a.explanation) : null);
  }

  resize() { this.chart.resize(); }
}
