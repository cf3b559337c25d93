import { readManifest, type ManifestEntry, type SeedManifest } from '@/domain/library/manifest';
import type { UserArticleRecord } from './records';

/**
 * Loads the articles shipped as static files in `public/seeds/`. Every failure becomes an
 * `ArticleError` with a sentence for the user, so one bad file never breaks the others.
 */

const base = (): string => import.meta.env.BASE_URL ?? '/';

export class ManifestError extends Error {
  override name = 'ManifestError';
}

export async function fetchManifest(signal?: AbortSignal): Promise<SeedManifest> {
  let response: Response;
  try {
    response = await fetch(`${base()}seeds/manifest.json`, { signal, cache: 'no-cache' });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ManifestError(
      'Sidenote could not reach the article list. Check that the app is still running, then reload.',
    );
  }
  if (!response.ok) {
    throw new ManifestError(
      `The article list could not be loaded (HTTP ${response.status}). Rebuild and restart with "npm start".`,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ManifestError(
      'The article list (seeds/manifest.json) is not valid JSON. Rebuild the app with "npm start".',
    );
  }
  const result = readManifest(json);
  if (!result.ok) throw new ManifestError(result.message);
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
      : { error: { code: 'unreadable' as const, message: 'Open it to read it.' } }),
  };
}

/** Seed files whose download started before the manifest arrived, by file name. */
const early = new Map<string, Promise<Response>>();

/**
 * Starts downloading a seed file by its expected name (`<id>.txt`) without waiting for the
 * manifest: opening `/read/<id>` cold then loads the manifest and the article at the same time.
 * The reader takes the response with `takeEarlySeedFile` once the manifest names the file; an id
 * that is not a seed just wastes one request.
 */
export function prefetchSeedFile(file: string): void {
  if (early.has(file)) return;
  const response = fetch(`${base()}seeds/${encodeURIComponent(file)}`);
  response.catch(() => undefined); // a failure is reported by the fetch that is taken, if any
  early.set(file, response);
}

/** The early download of `file`, once: the next load fetches it again. */
export function takeEarlySeedFile(file: string): Promise<Response> | undefined {
  const response = early.get(file);
  early.delete(file);
  return response;
}
