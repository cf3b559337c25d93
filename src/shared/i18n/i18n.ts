import { useCallback, useSyncExternalStore } from 'react';
import { create } from 'zustand';
import loaders from 'virtual:sidenote-messages/loaders';
import type { MessageId } from './message-id';
import type { Locale } from './locale';

type Catalog = Record<string, (params: Record<string, unknown>) => string>;
/** Values for a message's placeholders: `{count}`, `{name}`, … */
export type MessageParams = Record<string, string | number | Date>;
export type Translate = (id: MessageId, params?: MessageParams) => string;
/** A catalog file: `app`, `reader`, … (the part of a message id before the first dot). */
export type Area = MessageId extends `${infer A}.${string}` ? A : never;

/**
 * The areas every page uses (the shell, shared controls, error sentences, the library), loaded
 * before the first render. A view's own area loads with its code (src/app/views.ts).
 */
export const CORE_AREAS: readonly Area[] = ['app', 'errors', 'library', 'ui'];

/**
 * Each language's core areas as one module of their own (the same areas as CORE_AREAS), so a
 * browser fetches its own language's words only, in one request. /boot.js asks for the reader's
 * language's module as the page starts, alongside the app's code (scripts/messages-plugin.ts
 * names its files in the HTML), so the first render waits for no request of its own.
 */
const coreLoaders: Record<Locale, () => Promise<{ default: Catalog }>> = {
  en: () => import('virtual:sidenote-messages/en/app+errors+library+ui'),
  de: () => import('virtual:sidenote-messages/de/app+errors+library+ui'),
};

interface LocaleState {
  locale: Locale;
  /** Every loaded area's messages, in `locale`. */
  messages: Catalog;
  areas: readonly Area[];
}

/** Nothing until the first render's language is in (src/main.tsx waits for startLanguage). */
export const useLocaleStore = create<LocaleState>(() => ({
  locale: 'en',
  messages: {},
  areas: [],
}));

const isCore = (area: Area) => CORE_AREAS.includes(area);

/** `areas`, with every core area if it has one: they come as one module, so they load together. */
const withCore = (areas: readonly Area[]): Area[] =>
  areas.some(isCore) ? [...new Set([...areas, ...CORE_AREAS])] : [...areas];

async function fetchAreas(locale: Locale, areas: readonly Area[]): Promise<Catalog> {
  const others = areas.filter((area) => !isCore(area));
  const modules = await Promise.all([
    ...(areas.some(isCore) ? [coreLoaders[locale]()] : []),
    ...others.map((area) => {
      const load = loaders[locale]?.[area];
      if (!load) throw new Error(`No messages for ${locale}/${area}`);
      return load();
    }),
  ]);
  return Object.assign({}, ...modules.map((m) => m.default)) as Catalog;
}

const pending = new Map<string, Promise<void>>();

/** The language last asked for (loadLocale); undefined until the first. */
let wanted: Locale | undefined;
/** The last loadLocale call, settled or not. */
let switching: Promise<void> = Promise.resolve();
let chooseFirst: () => void = () => undefined;
/** Resolves once a first language is asked for (src/main.tsx's startLanguage). */
const firstChosen = new Promise<void>((resolve) => (chooseFirst = resolve));

/** Loads areas of the interface's language that are not in yet; resolves once they are. */
export function loadAreas(areas: readonly Area[]): Promise<void> {
  // Asked for before the language is known (a view's code preloaded as the page starts) or while
  // another is on its way: load them in that one once it is in, so a German reader never
  // fetches English words.
  if (wanted === undefined) return firstChosen.then(() => loadAreas(areas));
  if (wanted !== useLocaleStore.getState().locale) return switching.then(() => loadAreas(areas));
  const { locale, areas: loaded } = useLocaleStore.getState();
  const missing = withCore(areas).filter((a) => !loaded.includes(a));
  if (missing.length === 0) return Promise.resolve();
  const key = `${locale}:${missing.join(',')}`;
  let promise = pending.get(key);
  if (!promise) {
    promise = fetchAreas(locale, missing)
      .then((messages) => {
        const state = useLocaleStore.getState();
        // The language changed meanwhile: loadLocale loads these areas in the new one.
        if (state.locale !== locale) return loadAreas(missing);
        useLocaleStore.setState({
          messages: { ...state.messages, ...messages },
          areas: [...new Set([...state.areas, ...missing])],
        });
      })
      .finally(() => pending.delete(key));
    pending.set(key, promise);
  }
  return promise;
}

/**
 * Makes `locale` the interface's language: the core areas and every area loaded so far, all in
 * that language, swapped in at once; `<html lang>` follows. The last call wins.
 */
export function loadLocale(locale: Locale): Promise<void> {
  wanted = locale;
  chooseFirst();
  const run = switchTo(locale).catch((error: unknown) => {
    // Not loaded: the language in use stays the one wanted, unless another call came since.
    if (wanted === locale) wanted = useLocaleStore.getState().locale;
    throw error;
  });
  switching = run.catch(() => undefined);
  return run;
}

async function switchTo(locale: Locale): Promise<void> {
  const requested = [...new Set([...CORE_AREAS, ...useLocaleStore.getState().areas])];
  const messages = await fetchAreas(locale, requested);
  if (wanted !== locale) return;
  const state = useLocaleStore.getState();
  const same = state.locale === locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  // The language in use, with all of these in (the app applying the language the page started
  // in): a new state would render every component with words again, at once, while the
  // first view is still starting (a store update is never a transition).
  if (same && requested.every((a) => state.areas.includes(a))) return;
  // Areas that arrived while these loaded: kept if in this language, else loaded again in it.
  const others = state.areas.filter((a) => !requested.includes(a));
  useLocaleStore.setState({
    locale,
    messages: same ? { ...state.messages, ...messages } : messages,
    areas: same ? [...new Set([...state.areas, ...requested])] : requested,
  });
  if (!same && others.length > 0) await loadAreas(others);
}

/** Every area there is, for tests and for the build's prerendering. */
export const allAreas = (): Area[] => Object.keys(loaders.en ?? {}) as Area[];

const areaOf = (id: MessageId) => id.slice(0, id.indexOf('.')) as Area;

/**
 * A message in `messages`. A message of an area not loaded yet (a view that did not say it
 * needs it) is empty until its area arrives, which renders it again: never a bare id on screen.
 */
export function translate(messages: Catalog, id: MessageId, params: MessageParams = {}): string {
  const message = messages[id];
  if (message) return message(params);
  const area = areaOf(id);
  const state = useLocaleStore.getState();
  if (!state.areas.includes(area)) {
    // While a language is on its way (the first one included), it brings the core with it.
    if (wanted === state.locale) void loadAreas([area]).catch(() => undefined);
    return '';
  }
  return id;
}

/** A message in the interface's language now, for code outside React (toasts, errors). */
export const t: Translate = (id, params) =>
  translate(useLocaleStore.getState().messages, id, params);

/**
 * A value of the locale store for a component. The current state on the server too: Zustand's
 * hook would render the build's prerendered pages (renderToStaticMarkup) from the store's first
 * state, before the reader's messages were loaded for them.
 */
function useLocaleValue<T>(pick: (state: LocaleState) => T): T {
  const snapshot = () => pick(useLocaleStore.getState());
  return useSyncExternalStore(useLocaleStore.subscribe, snapshot, snapshot);
}

/** `t` for a component: it renders again when the language changes or an area arrives. */
export function useT(): Translate {
  const messages = useLocaleValue((s) => s.messages);
  return useCallback<Translate>((id, params) => translate(messages, id, params), [messages]);
}

export const useLocale = (): Locale => useLocaleValue((s) => s.locale);
export const currentLocale = (): Locale => useLocaleStore.getState().locale;
