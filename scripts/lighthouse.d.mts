// Types of scripts/lighthouse.mjs, for e2e/lighthouse.spec.ts.
export const CHROMIUM_FLAGS: string[];
export const CATEGORIES: string[];

export interface Chromium {
  port: number;
  executable: string;
  close(): Promise<void>;
}
export function startChromium(options?: { lang?: string }): Promise<Chromium>;

export function browserFacts(
  port: number,
  url: string,
): Promise<{ languages: string[]; documentLang: string; userAgent: string; chromium: string }>;

export interface AuditFailure {
  id: string;
  score: number;
  value?: string;
}
export interface LighthouseResult {
  url: string;
  performance?: number;
  accessibility?: number;
  bestPractices?: number;
  seo?: number;
  lcp?: number;
  fcp?: number;
  tbt?: number;
  cls?: number;
  speedIndex?: number;
  lcpElement?: string;
  failing: Record<string, AuditFailure[]>;
  shifts: { score: number; node?: string; snippet?: string }[];
  warnings: string[];
  auditErrors: string[];
  lighthouse: string;
  benchmarkIndex?: number;
}
export function runLighthouse(url: string, port: number): Promise<LighthouseResult>;
