// Reads a V8 CPU profile (CDP Profiler.stop) into the functions that took the time: self time
// (where the CPU was) and inclusive time (the function and what it called).

const frameName = (f) => {
  const file = f.url ? f.url.split('/').slice(-2).join('/').replace(/\?.*$/, '') : '';
  return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
};

export function topFunctions(profile, limit = 15) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sampled = new Map();
  profile.samples.forEach((nodeId, i) => {
    sampled.set(nodeId, (sampled.get(nodeId) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const self = new Map();
  const inclusive = new Map();
  for (const [nodeId, micros] of sampled) {
    const node = byId.get(nodeId);
    const name = frameName(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + micros);
    const seen = new Set();
    for (let cur = nodeId; cur !== undefined; cur = parent.get(cur)) {
      const n = frameName(byId.get(cur).callFrame);
      if (seen.has(n)) continue;
      seen.add(n);
      inclusive.set(n, (inclusive.get(n) ?? 0) + micros);
    }
  }
  const top = (m) =>
    [...m]
      .filter(([name]) => !/^\((root|program|idle)\)/.test(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, micros]) => ({ ms: Math.round(micros / 1000), name }));
  return { self: top(self), inclusive: top(inclusive) };
}

/** Main-thread time of a Chromium trace (browser.startTracing/stopTracing) by kind of work. */
export function traceSummary(buffer) {
  const json = JSON.parse(buffer.toString('utf8'));
  const events = Array.isArray(json) ? json : json.traceEvents;
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const kinds = [
    'RunTask',
    'FunctionCall',
    'EvaluateScript',
    'v8.compile',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Layerize',
    'MajorGC',
    'MinorGC',
    'ParseHTML',
  ];
  const sums = Object.fromEntries(kinds.map((k) => [k, 0]));
  let longestTask = 0;
  for (const e of events) {
    if (e.ph !== 'X' || !mainThreads.has(`${e.pid}:${e.tid}`) || !(e.name in sums)) continue;
    sums[e.name] += e.dur / 1000;
    if (e.name === 'RunTask') longestTask = Math.max(longestTask, e.dur / 1000);
  }
  return {
    longestTask: Math.round(longestTask),
    ms: Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, Math.round(v)])),
  };
}
