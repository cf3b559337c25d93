import { useDebugValue, useEffect, useState } from 'react';
import type { SidenoteDb } from '../database';
import {
  engineIfLoaded,
  getDb,
  hasStoredData,
  knownEmpty,
  loadEngine,
  onDatabaseReached,
} from '../connect';

/**
 * A live read of the database, like dexie-react-hooks' `useLiveQuery` (same rules: `undefined`
 * until the first answer, the last answer kept while `deps` change, errors thrown to the nearest
 * error boundary), but without Dexie on the first page: the engine loads on first use, and on a
 * first visit (no database yet) the hook answers `nothing()` until this tab or another reaches the
 * database (told across tabs; checked again whenever this one comes back into view). Decision 0025.
 */
export function useLive<T>(
  querier: (db: SidenoteDb) => T | Promise<T>,
  deps: readonly unknown[],
  nothing: () => NoInfer<T>,
): T | undefined;
export function useLive<T, D>(
  querier: (db: SidenoteDb) => T | Promise<T>,
  deps: readonly unknown[],
  nothing: () => NoInfer<T>,
  initial: D,
): T | D;
export function useLive<T, D>(
  querier: (db: SidenoteDb) => T | Promise<T>,
  deps: readonly unknown[],
  nothing: () => NoInfer<T>,
  initial?: D,
): T | D | undefined {
  // On a first visit, known before the first render, the first render already says "nothing";
  // the subscription's first answer, saying the same, is then not drawn again.
  const [state, setState] = useState<LiveState<T | D>>(() => {
    if (initial !== undefined || !knownEmpty()) return { result: initial, error: null };
    const result = nothing();
    return { result, error: null, nothingText: JSON.stringify(result) };
  });
  // The hooks' deps are ids (strings or undefined): their text says when the query changes.
  const key = JSON.stringify(deps);
  useEffect(() => {
    const subscription = liveSource(querier, nothing).subscribe({
      next: (value) =>
        setState((prev) =>
          prev.error === null &&
          (prev.result === value ||
            (prev.nothingText !== undefined && JSON.stringify(value) === prev.nothingText))
            ? prev
            : { result: value, error: null },
        ),
      error: (error) =>
        setState((prev) => (prev.error === error ? prev : { result: prev.result, error })),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the caller's deps, as with useLiveQuery
  }, [key]);
  useDebugValue(state.result);
  if (state.error !== null) throw state.error;
  return state.result;
}

interface LiveState<R> {
  result: R | undefined;
  error: unknown;
  /** The "nothing saved" the first render showed, as text, until another answer comes. */
  nothingText?: string;
}

interface Observer<T> {
  next: (value: T) => void;
  error: (error: unknown) => void;
}
interface Subscription {
  unsubscribe(): void;
}
interface Source<T> {
  subscribe(observer: Observer<T>): Subscription;
}

function liveSource<T>(querier: (db: SidenoteDb) => T | Promise<T>, nothing: () => T): Source<T> {
  const engine = engineIfLoaded();
  if (engine?.isDefaultDbCreated()) {
    const db = engine.getDb();
    return engine.liveQuery(() => querier(db));
  }
  return {
    subscribe(observer) {
      let closed = false;
      let started = false;
      let inner: Subscription | undefined;
      let stopWaiting = () => {};
      // What was shown while there was no database: the first live answer that says the same
      // (the usual case: the first write was elsewhere) is not passed on, so the views showing
      // it do not all render again at the moment of that write.
      let shown: { text: string } | undefined;
      const start = () => {
        if (started || closed) return;
        started = true;
        stopWaiting();
        Promise.all([getDb(), loadEngine()])
          .then(([db, { liveQuery }]) => {
            if (closed) return;
            inner = liveQuery(() => querier(db)).subscribe({
              next: (value) => {
                const same = shown !== undefined && JSON.stringify(value) === shown.text;
                shown = undefined;
                if (!same) observer.next(value);
              },
              error: observer.error,
            });
          })
          .catch(observer.error);
      };
      const wait = () => {
        const recheck = () => {
          if (document.visibilityState !== 'visible') return;
          void hasStoredData().then((stored) => stored && start());
        };
        const off = onDatabaseReached(start);
        document.addEventListener('visibilitychange', recheck);
        window.addEventListener('focus', recheck);
        stopWaiting = () => {
          off();
          document.removeEventListener('visibilitychange', recheck);
          window.removeEventListener('focus', recheck);
        };
      };
      hasStoredData()
        .then((stored) => {
          if (closed) return;
          // This tab may have reached the database while the browser was being asked.
          if (stored || engineIfLoaded()?.isDefaultDbCreated()) return start();
          const value = nothing();
          shown = { text: JSON.stringify(value) };
          observer.next(value);
          wait();
        })
        .catch(observer.error);
      return {
        unsubscribe() {
          closed = true;
          stopWaiting();
          inner?.unsubscribe();
        },
      };
    },
  };
}
