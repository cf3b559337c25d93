import { expect, test as base } from '@playwright/test';

/** One `securitypolicyviolation` event, as the page saw it. */
export interface CspViolation {
  url: string;
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
    __reportCspViolation?: (violation: CspViolation) => Promise<void>;
  }
}

/**
 * Records every Content Security Policy violation in every page of the context: into
 * `window.__cspViolations` (for checks inside one page) and, through a binding, into the test, so
 * a violation on a page that has since navigated or closed still counts.
 */
function recordViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    const violation = {
      url: location.href,
      directive: e.effectiveDirective || e.violatedDirective,
      blocked: e.blockedURI,
      sample: e.sample,
    };
    window.__cspViolations?.push(violation);
    void window.__reportCspViolation?.(violation);
  });
}

export const test = base.extend<{
  /** Set to true with `test.use` in a test that provokes violations on purpose. */
  allowCspViolations: boolean;
  /** Every violation seen so far in this test. */
  cspViolations: CspViolation[];
  cspGuard: undefined;
}>({
  allowCspViolations: [false, { option: true }],
  cspViolations: async ({ context }, provide) => {
    const seen: CspViolation[] = [];
    await context.exposeBinding('__reportCspViolation', (_source, violation: CspViolation) => {
      seen.push(violation);
    });
    await context.addInitScript(recordViolations);
    await provide(seen);
  },
  cspGuard: [
    async ({ context, cspViolations, allowCspViolations }, provide) => {
      await provide(undefined);
      if (allowCspViolations) return;
      // Reports still on their way through the binding are in the open pages' own lists.
      const all = new Map(cspViolations.map((v) => [JSON.stringify(v), v]));
      for (const page of context.pages()) {
        const listed = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
        for (const v of listed) all.set(JSON.stringify(v), v);
      }
      expect([...all.values()], 'Content Security Policy violations during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
