import { useCallback } from 'react';
import { create } from 'zustand';
import english from 'virtual:sidenote-messages/en';
import type { MessageId } from './message-id';
import type { Locale } from './locale';

type Catalog = typeof english;
/** Values for a message's placeholders: `{count}`, `{name}`, … */
export type MessageParams = Record<string, string | number | Date>;
export type Translate = (id: MessageId, params?: MessageParams) => string;

// English is part of the first page; German is a chunk of its own, loaded once it is chosen.
const loaders: Record<Locale, () => Promise<Catalog>> = {
  en: () => Promise.resolve(english),
  de: () => import('virtual:sidenote-messages/de').then((m) => m.default),
};

interface LocaleState {
  locale: Locale;
  messages: Catalog;
}

export const useLocaleStore = create<LocaleState>(() => ({ locale: 'en', messages: english }));

/** A message in `messages`, or in English where that catalog lacks it (never the bare id). */
export function translate(messages: Catalog, id: MessageId, params: MessageParams = {}): string {
  const message = messages[id] ?? english[id];
  return message ? message(params) : id;
}

/** Loads a language's messages and makes it the interface's; `<html lang>` follows. */
export async function loadLocale(locale: Locale): Promise<void> {
  const messages = await loaders[locale]();
  useLocaleStore.setState({ locale, messages });
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** A message in the interface's language now, for code outside React (toasts, errors). */
export const t: Translate = (id, params) =>
  translate(useLocaleStore.getState().messages, id, params);

/** `t` for a component: it renders again when the language changes. */
export function useT(): Translate {
  const messages = useLocaleStore((s) => s.messages);
  return useCallback<Translate>((id, params) => translate(messages, id, params), [messages]);
}

export const useLocale = (): Locale => useLocaleStore((s) => s.locale);
export const currentLocale = (): Locale => useLocaleStore.getState().locale;
