// Row 7: import then export N highlights through Sidenote's own code (parseBackup →
// applyImport, then exportBackup → JSON), against the least any import/export must do with
// Dexie: JSON.parse → bulkPut, then toArray → JSON.stringify, on the same schema and rows.
// Each run uses a fresh database of its own name and deletes it afterwards.
import { DEFAULT_COLORS, LATEST_SCHEMA_VERSION } from '@/db';
import { openDatabase } from '@/db/database';
import { applyImport, backupParseOptions, exportBackup } from '@/db/transfer-repo';
import { createBackup, parseBackup } from '@/domain/transfer';
import type { Highlight } from '@/domain/annotations/types';

interface RunResult {
  importMs: number;
  exportMs: number;
  totalMs: number;
  fileChars: number;
  exportedChars: number;
  stored: number;
}

const WORDS =
  'die der und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei Regierung Bundestag Ukraine Russland Krieg Frieden Verhandlungen Außenminister Bündnis Sicherheit Grenze Angriff Waffen Lieferungen'.split(
    ' ',
  );

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function words(next: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(next() * WORDS.length)] ?? 'und');
  return out.join(' ');
}

/** N highlights on 50 articles, shaped as the app stores them; one in five has a note. */
function makeHighlights(n: number): Highlight[] {
  const next = rng(7);
  const colorIds = DEFAULT_COLORS.map((c) => c.id);
  const base = Date.parse('2025-01-01T00:00:00.000Z');
  return Array.from({ length: n }, (_, i) => {
    const start = Math.floor(next() * 20000);
    const exact = words(next, 3 + Math.floor(next() * 15));
    const at = new Date(base + i * 60_000).toISOString();
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      articleId: `article-${i % 50}`,
      target: {
        position: { type: 'TextPositionSelector', start, end: start + exact.length },
        quote: {
          type: 'TextQuoteSelector',
          exact,
          prefix: words(next, 5).slice(0, 32),
          suffix: words(next, 5).slice(0, 32),
        },
        textHash: 'ab'.repeat(32),
      },
      colorId: colorIds[i % colorIds.length] ?? 'yellow',
      note: next() < 0.2 ? words(next, 25) : '',
      tags: [],
      createdAt: at,
      updatedAt: at,
    };
  });
}

/** A backup file (JSON text) holding `n` highlights, as Sidenote's export writes it. */
function backupText(n: number): string {
  const data = {
    highlights: makeHighlights(n),
    articleStates: [],
    tags: [],
    colors: [],
    links: [],
    reviews: [],
    userArticles: [],
  };
  return JSON.stringify(createBackup(data, new Date(), LATEST_SCHEMA_VERSION));
}

let runs = 0;
const freshDb = async () => {
  const db = openDatabase(`bench-transfer-${Date.now()}-${runs++}`);
  await db.open();
  return db;
};

/** Sidenote's import path and export, as the transfer feature would call them. */
async function runApp(n: number): Promise<RunResult> {
  const text = backupText(n);
  const db = await freshDb();
  try {
    const t0 = performance.now();
    const parsed = parseBackup(text, await backupParseOptions(db));
    if (!parsed.ok) throw new Error(`backup refused: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
    await applyImport(db, parsed.backup, { strategy: 'keep-newer' });
    const t1 = performance.now();
    const exported = JSON.stringify(await exportBackup(db));
    const t2 = performance.now();
    const stored = await db.highlights.count();
    return {
      importMs: t1 - t0,
      exportMs: t2 - t1,
      totalMs: t2 - t0,
      fileChars: text.length,
      exportedChars: exported.length,
      stored,
    };
  } finally {
    db.close();
    await db.delete();
  }
}

/** The floor: parse the same file, bulkPut its highlights, read them back and serialise. */
async function runBaseline(n: number): Promise<RunResult> {
  const text = backupText(n);
  const db = await freshDb();
  try {
    const t0 = performance.now();
    const rows = (JSON.parse(text) as { data: { highlights: Highlight[] } }).data.highlights;
    await db.highlights.bulkPut(rows);
    const t1 = performance.now();
    const exported = JSON.stringify(await db.highlights.toArray());
    const t2 = performance.now();
    const stored = await db.highlights.count();
    return {
      importMs: t1 - t0,
      exportMs: t2 - t1,
      totalMs: t2 - t0,
      fileChars: text.length,
      exportedChars: exported.length,
      stored,
    };
  } finally {
    db.close();
    await db.delete();
  }
}

declare global {
  interface Window {
    benchTransfer?: {
      runApp: typeof runApp;
      runBaseline: typeof runBaseline;
      backupText: typeof backupText;
    };
  }
}

window.benchTransfer = { runApp, runBaseline, backupText };
