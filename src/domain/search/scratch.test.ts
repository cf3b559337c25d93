import fc from 'fast-check';
import { it } from 'vitest';
import { foldGerman, foldWithOffsets } from './index';
it('binary idempotent', () => {
  for (let k = 0; k < 1; k++) {
  const r = fc.check(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
    const once = foldGerman(s);
    return foldGerman(once) === once && foldWithOffsets(s).text === once;
  }), { numRuns: 200000, endOnFailure: true });
  if (r.failed) { const s = (r.counterexample as [string])[0]; const once = foldGerman(s); console.log(JSON.stringify([s, [...s].map(c => c.codePointAt(0)!.toString(16)), once, foldGerman(once), foldWithOffsets(s).text])); }
}
}, 600000);
