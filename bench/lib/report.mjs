/* global console */
// Rows, the table printed at the end, and the list of goals missed.

/** A measured line of the table. `met`: true / false against a goal, undefined when only reported. */
export function line(measure, { sidenote, baseline, ratio, goal, met, note } = {}) {
  return {
    measure,
    sidenote: sidenote ?? '–',
    baseline: baseline ?? '–',
    ratio: ratio ?? '–',
    goal: goal ?? 'reported',
    met,
    note,
  };
}

export function measured(id, title, lines, data = {}) {
  return { id, title, status: 'measured', lines, data };
}

/** A row that cannot be measured yet (a feature is missing): said plainly, never faked. */
export function notMeasured(id, title, reason, data = {}) {
  return { id, title, status: 'not measured', reason, lines: [], data };
}

/** The harness itself broke on this row. */
export function failed(id, title, error) {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { id, title, status: 'error', reason: message.split('\n')[0], stack: message, lines: [] };
}

const metText = (met) => (met === true ? 'yes' : met === false ? 'MISSED' : '');

export function printTable(rows) {
  const header = ['#', 'Measure', 'Sidenote', 'Baseline', 'Ratio', 'Goal', 'Met'];
  const body = [];
  for (const row of rows) {
    if (row.status !== 'measured') {
      const what = row.status === 'error' ? 'HARNESS ERROR' : 'not measured';
      body.push([String(row.id), `${row.title}: ${what}: ${row.reason}`, '', '', '', '', '']);
      continue;
    }
    row.lines.forEach((l, i) => {
      body.push([
        i === 0 ? String(row.id) : '',
        l.measure,
        l.sidenote,
        l.baseline,
        l.ratio,
        l.goal,
        metText(l.met),
      ]);
    });
  }
  const widths = header.map((h, c) =>
    Math.min(c === 1 ? 200 : 60, Math.max(h.length, ...body.map((r) => r[c].length))),
  );
  const fmt = (cells) => `| ${cells.map((x, c) => x.padEnd(widths[c])).join(' | ')} |`;
  console.log(fmt(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of body) console.log(fmt(r));
}

/** Every goal missed, one line each ("" when none). */
export function misses(rows) {
  const out = [];
  for (const row of rows) {
    for (const l of row.lines ?? []) {
      if (l.met === false) {
        out.push(`row ${row.id} ${l.measure}: ${l.sidenote} (ratio ${l.ratio}), goal ${l.goal}`);
      }
    }
  }
  return out;
}
