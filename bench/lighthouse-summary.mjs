// Medians of Lighthouse runs written by bench/lighthouse.sh: one line per page and visit kind, then each first
// visit's ratios to the empty Vaadin app ("empty") and to the light guide page ("light") of the same run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const groups = new Map();
for (const file of readdirSync(dir).filter(f => /^(first|repeat)-.*-\d+\.json$/.test(f))) {
  const key = file.replace(/-\d+\.json$/, '');
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const audit = id => report.audits[id]?.numericValue ?? NaN;
  const row = {
    score: report.categories.performance.score * 100,
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    kb: audit('total-byte-weight') / 1024,
    requests: report.audits['network-requests']?.details?.items?.length ?? NaN,
  };
  // Trace evidence: what the largest paint waited for (observed, unthrottled) and where the blocking time comes from.
  const lcpParts = report.audits['lcp-breakdown-insight']?.details?.items?.find(i => i.type === 'table')?.items ?? [];
  row.renderDelay = lcpParts.find(p => p.subpart === 'elementRenderDelay')?.duration ?? NaN;
  for (const task of report.audits['long-tasks']?.details?.items ?? []) {
    const page = task.url === report.finalDisplayedUrl || task.url === report.requestedUrl;
    const source = `blocking ${page ? 'the page itself' : task.url.replace(/[?#].*/, '').replace(/.*\//, '')}`;
    row[source] = (row[source] ?? 0) + Math.max(0, task.duration - 50);
  }
  if (!groups.has(key)) groups.set(key, []);
  groups.get(key).push(row);
}
// A value a run could not produce (NaN, e.g. no layout-shift audit) is left out of that figure's median.
const median = values => {
  const sorted = values.filter(v => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const medians = new Map();
for (const [key, rows] of groups) {
  const m = {};
  const fields = new Set(rows.flatMap(r => Object.keys(r)));
  for (const field of fields) m[field] = median(rows.map(r => r[field] ?? 0));
  m.runs = rows.length;
  medians.set(key, m);
}
const order = key => ['first-empty', 'first-light'].includes(key) ? `0${key}` : key.startsWith('first') ? `1${key}` : `2${key}`;
for (const key of [...medians.keys()].sort((a, b) => order(a).localeCompare(order(b)))) {
  const m = medians.get(key);
  console.log(`FIGURE lighthouse ${key} (median of ${m.runs}): performance ${m.score.toFixed(0)}, `
    + `LCP ${(m.lcp / 1000).toFixed(2)} s, TBT ${m.tbt.toFixed(0)} ms, CLS ${m.cls.toFixed(3)}, `
    + `${m.kb.toFixed(1)} KB transferred, ${m.requests} requests`);
}
const empty = medians.get('first-empty');
const light = medians.get('first-light');
const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
for (const [key, m] of medians) {
  if (!key.startsWith('first-') || key === 'first-empty' || key === 'first-light' || !empty || !light) continue;
  console.log(`RATIO ${key.slice(6)}: LCP ${ratio(m.lcp, empty.lcp)}x empty app, ${ratio(m.lcp, light.lcp)}x light page; `
    + `TBT ${ratio(m.tbt, empty.tbt)}x empty app; bytes ${ratio(m.kb, empty.kb)}x empty app, `
    + `${ratio(m.kb, light.kb)}x light page`);
}
for (const [key, m] of medians) {
  if (!key.startsWith('first-')) continue;
  const sources = Object.keys(m).filter(f => f.startsWith('blocking ')).sort((a, b) => m[b] - m[a]).slice(0, 6);
  console.log(`WHERE ${key.slice(6)}: largest paint's render delay ${m.renderDelay.toFixed(0)} ms (observed); time over 50 ms in long `
    + `tasks by script (simulated, medians): `
    + sources.map(f => `${f.slice(9)} ${m[f].toFixed(0)} ms`).join(', '));
}
