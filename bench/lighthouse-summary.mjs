// Medians of Lighthouse runs written by bench/lighthouse.sh: one line per page and visit kind.
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
  if (!groups.has(key)) groups.set(key, []);
  groups.get(key).push(row);
}
const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
for (const [key, rows] of [...groups].sort()) {
  const m = field => median(rows.map(r => r[field]));
  console.log(`FIGURE lighthouse ${key} (median of ${rows.length}): performance ${m('score').toFixed(0)}, `
    + `LCP ${(m('lcp') / 1000).toFixed(2)} s, TBT ${m('tbt').toFixed(0)} ms, CLS ${m('cls').toFixed(3)}, `
    + `${m('kb').toFixed(1)} KB transferred, ${m('requests')} requests`);
}
