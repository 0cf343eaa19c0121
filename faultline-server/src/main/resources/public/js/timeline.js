// Timeline (ECharts scatter on a time axis, one row per event type, incidents on their own row) and
// the table of the same events below it.
import {QUADS, actorLabel, dyadOf} from './api.js';
import {el, fill, byId, safeLink} from './dom.js';
import {article, webAddress, outletFor} from './reader.js';

const INCIDENT_ROW = 'INCIDENTS';

export class TimelineView {
  constructor(openArticle) {
    this.chart = echarts.init(byId('timeline-chart'));
    this.openArticle = openArticle;
    this.chart.on('click', (p) => {
      const d = p.data && p.data.ref;
      if (d && d.article_id) this.openArticle(d.article_id, d.sentence_index);
      else if (d && d.article_ids && d.article_ids.length) this.openArticle(d.article_ids[0]);
    });
  }

  show(events, incidents, total, range) {
    const dated = events.filter((e) => e.date);
    const types = [...new Set(dated.map((e) => e.type))].sort().reverse();
    const quadOf = new Map(events.map((e) => [e.id, e.quad]));
    const offset = stacking(dated);
    const series = Object.entries(QUADS).map(([q, info]) => ({
      name: info.label, type: 'scatter', itemStyle: {color: info.color, opacity: 0.85, borderColor: '#fff'},
      data: dated.filter((e) => String(e.quad) === q).map((e) => ({
        value: [day(e.date), e.type], symbolSize: 6 + Math.abs(e.goldstein) * 1.4, symbolOffset: [0, offset.get(e.id)], ref: e})),
    }));
    series.push({
      name: 'Incident', type: 'scatter', symbol: 'diamond', itemStyle: {color: '#6b7280'},
      data: incidents.filter((i) => i.first_date).map((i) => {
        const q = Math.max(0, ...i.event_ids.map((id) => quadOf.get(id) || 0));
        return {value: [day(i.first_date), INCIDENT_ROW], symbolSize: 10 + 4 * Math.min(i.report_count, 6), ref: i,
          itemStyle: {color: q ? QUADS[q].color : '#777', borderColor: '#222', borderWidth: 1}};
      }),
    });
    this.chart.setOption({
      animation: false,
      legend: {top: 0, data: [...Object.values(QUADS).map((q) => q.label), 'Incident']},
      grid: {left: 110, right: 20, top: 34, bottom: 60},
      tooltip: {trigger: 'item', confine: true, formatter: (p) => tip(p.data.ref)},
      xAxis: range ? {...dayAxis([]), min: range[0], max: range[1]} : dayAxis([...dated.map((e) => day(e.date)), ...incidents.map((i) => i.first_date).filter(Boolean)]),
      yAxis: {type: 'category', data: incidents.length ? [...types, INCIDENT_ROW] : types, splitLine: {show: true}},
      dataZoom: [{type: 'inside', filterMode: 'weakFilter'}, {type: 'slider', height: 18, bottom: 10, filterMode: 'weakFilter'}],
      series,
    }, true);
    const shown = `${dated.length} dated event(s)` + (total > events.length ? ` of ${total} (the newest ${events.length} loaded)` : '')
      + `, ${incidents.length} incident(s)`;
    byId('timeline-chart').setAttribute('aria-label', `Timeline: ${shown}` + (dated.length
      ? `, from ${dated.map((e) => e.date).sort()[0]} to ${dated.map((e) => e.date).sort().slice(-1)[0]}` : ''));
    const count = byId('timeline-count');
    fill(count, shown);
    count.dataset.events = String(dated.length);
    count.dataset.incidents = String(incidents.length);
    this.table(events);
  }

  table(events) {
    const rows = [...events].sort((a, b) => String(b.date || '').localeCompare(String(a.date || ''))).slice(0, 300);
    fill(byId('event-list').tBodies[0], rows.map((e) => el('tr', {dataset: {event: e.id, dyad: dyadOf(e) || '', quad: e.quad}},
      el('td', {class: 'nowrap'}, e.date || '?'),
      el('td', {class: 'nowrap'}, dyadOf(e) || '–'),
      el('td', {}, el('span', {class: `badge q${e.quad}`}, e.type)),
      el('td', {class: 'nowrap'}, `${actorLabel(e.source)} → ${actorLabel(e.target)}`),
      el('td', {class: 'num'}, e.goldstein),
      el('td', {}, el('a', {href: '#', class: 'quiet', onclick: (ev) => { ev.preventDefault(); this.openArticle(e.article_id, e.sentence_index); }}, e.evidence || '')),
      el('td', {class: 'src-link', dataset: {article: e.article_id}}, '…'))));
    sourceCells(byId('event-list'));
  }

  resize() { this.chart.resize(); }
}

const DAY_MS = 24 * 3600 * 1000;

/** A time axis over the dates with three days' margin each side, labelled by day, never by hour. */
export function dayAxis(dates) {
  const axis = {type: 'time', minInterval: DAY_MS, axisLabel: {formatter: '{d} {MMM} {yyyy}', hideOverlap: true}};
  const ms = dates.map((d) => Date.parse(d)).filter((t) => !Number.isNaN(t));
  if (ms.length) {
    axis.min = Math.min(...ms) - 3 * DAY_MS;
    axis.max = Math.max(...ms) + 3 * DAY_MS;
  }
  return axis;
}

/** Vertical offsets (px) spreading events that share a day and a type, so none hides another. */
function stacking(events) {
  const groups = new Map();
  for (const e of events) {
    const k = `${day(e.date)}|${e.type}`;
    groups.set(k, [...(groups.get(k) || []), e.id]);
  }
  const out = new Map();
  for (const ids of groups.values()) {
    const step = Math.min(16, 40 / ids.length);
    ids.forEach((id, i) => out.set(id, (i - (ids.length - 1) / 2) * step));
  }
  return out;
}

/**
 * The day a date is drawn on: a month-only date in mid-month, a year-only date at mid-year, so
 * neither reads as an event on the 1st (the tooltip says how precise the date is).
 */
export function day(date) {
  return date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date.slice(0, 10);
}

/** Fills each table cell marked with data-article with its article's outlet and original URL. */
export function sourceCells(table) {
  const cells = [...table.querySelectorAll('td.src-link[data-article]')];
  const ids = [...new Set(cells.map((c) => c.dataset.article))].slice(0, 80);
  for (const id of ids) {
    article(id).then((a) => {
      const url = webAddress(a.url) || webAddress((a.source || '').split('#')[0]);
      for (const c of cells.filter((x) => x.dataset.article === id)) {
        fill(c, url ? [outletFor(a, url), ' ', safeLink(url, 'original')] : (outletFor(a, null) || 'local file'));
      }
    }).catch(() => {});
  }
}

function tip(d) {
  if (!d) return '';
  if (d.event_ids) {
    return el('div', {class: 'tip'}, el('strong', {}, `Incident ${d.type_family || ''}: ${d.source_country || '?'} → ${d.target_country || '?'}`),
      el('div', {}, `${d.first_date}${d.last_date && d.last_date !== d.first_date ? ' – ' + d.last_date : ''}${d.place ? ', ' + d.place : ''}`),
      el('div', {}, `${d.report_count} report(s) from ${d.sources} source(s)`));
  }
  const precision = d.date && d.date.length === 4 ? ' (year only)' : d.date && d.date.length === 7 ? ' (month only)' : '';
  return el('div', {class: 'tip'}, el('strong', {}, `${d.date}${precision} ${d.type}`), ` (${d.factuality}, Goldstein ${d.goldstein})`,
    el('div', {}, `${actorLabel(d.source)} → ${actorLabel(d.target)}${d.location ? ' at ' + d.location.name : ''}`),
    el('div', {class: 'tip-evidence'}, d.evidence || ''));
}
