import type { ManifestEntry, SeedManifest } from '@/domain/library/manifest';
import { isPlainManifest } from '@/domain/library/manifest-check';
import type { UserArticleRecord } from './records';
import { fetchEarly, MANIFEST_INIT, MANIFEST_PATH, seedPath, takeEarly } from './early-fetch';

/**
 * Loads the articles shipped as static files in `public/seeds/`. Every failure becomes an
 * `ArticleError` code, so one bad file never breaks the others; the interface words it.
 */

const base = (): string => import.meta.env.BASE_URL ?? '/';

/** Why the article list could not be loaded; the interface says it (`errors.manifest.*`). */
export type ManifestProblem =
  | { code: 'unreachable' }
  | { code: 'http'; status: number }
  | { code: 'not-json' }
  | { code: 'damaged'; where?: string; issue: string };

/** The article list failed; `problem` says why. The message is for logs, not for people. */
export class ManifestError extends Error {
  override name = 'ManifestError';
  constructor(readonly problem: ManifestProblem) {
    super(`seeds/manifest.json: ${JSON.stringify(problem)}`);
  }
}

export async function fetchManifest(signal?: AbortSignal): Promise<SeedManifest> {
  let response: Response;
  try {
    // Boot.js may have asked for it already (early-fetch.ts).
    response = await (takeEarly(MANIFEST_PATH) ??
      fetch(`${base()}${MANIFEST_PATH}`, { signal, ...MANIFEST_INIT }));
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ManifestError({ code: 'unreachable' });
  }
  if (!response.ok) throw new ManifestError({ code: 'http', status: response.status });
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ManifestError({ code: 'not-json' });
  }
  // A well-formed manifest passes the quick check (readManifest's own first step). Only another
  // loads valibot, whose words say what is wrong: it stays out of the first page (bench row 1).
  if (isPlainManifest(json)) return json;
  const { readManifest } = await import('@/domain/library/manifest');
  const result = readManifest(json);
  if (!result.ok) {
    const { where, issue } = result;
    throw new ManifestError(where ? { code: 'damaged', where, issue } : { code: 'damaged', issue });
  }
  return result.manifest;
}

/** A library entry for an article the user added. */
export function userArticleEntry(record: UserArticleRecord): ManifestEntry {
  return {
    id: record.id,
    file: record.fileName,
    size: record.raw.length,
    sha256: '',
    origin: 'mine',
    ...(record.summary
      ? { summary: record.summary }
      : { error: { code: 'unreadable' as const, reason: 'not-summarised' as const } }),
  };
}

/**
 * Starts downloading a seed file by its expected name (`<id>.txt`) without waiting for the
 * manifest: opening `/read/<id>` cold then loads the manifest and the article at the same time.
 * The reader takes the response with `takeEarlySeedFile` once the manifest names the file; an id
 * that is not a seed just wastes one request. (Boot.js may have started it already.)
 */
export function prefetchSeedFile(file: string): void {
  fetchEarly(seedPath(file));
}

/** The early download of `file`, once: the next load fetches it again. */
export function takeEarlySeedFile(file: string): Promise<Response> | undefined {
  return takeEarly(seedPath(file));
}

/**
 * A seed file's bytes: the early download if there is one, else a fetch. `download-failed`
 * where the network failed, `not-in-seeds` where the server has no such file (a static server
 * answers an unknown path with the app's index.html: that is a missing file too). Rejects only
 * when `signal` aborted it.
 */
export async function fetchSeedBytes(
  file: string,
  signal?: AbortSignal,
): Promise<
  { ok: true; bytes: ArrayBuffer } | { ok: false; reason: 'download-failed' | 'not-in-seeds' }
> {
  let response: Response;
  try {
    response = await (takeEarlySeedFile(file) ??
      fetch(`${base()}seeds/${encodeURIComponent(file)}`, { signal }));
  } catch (err) {
    if (signal?.aborted) throw err;
    return { ok: false, reason: 'download-failed' };
  }
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || type.includes('text/html')) return { ok: false, reason: 'not-in-seeds' };
  return { ok: true, bytes: await response.arrayBuffer() };
}
