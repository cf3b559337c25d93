import { act, render, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePreferences } from '@/shared/stores/preferences';
import {
  formatDate,
  loadLocale,
  resolveLocale,
  startLanguage,
  t,
  useApplyLanguage,
  useLocale,
  useRichT,
  useLocaleStore,
  loadAreas,
  allAreas,
} from '.';

afterEach(async () => {
  vi.unstubAllGlobals();
  usePreferences.setState({ language: 'system' });
  await loadLocale('en');
  await loadAreas(allAreas());
});

describe('resolveLocale', () => {
  it('takes the first of the browser languages Sidenote has', () => {
    expect(resolveLocale('system', ['fr-FR', 'de-AT', 'en'])).toBe('de');
    expect(resolveLocale('system', ['en-GB', 'de'])).toBe('en');
  });
  it('falls back to English when the browser asks for none of them', () => {
    expect(resolveLocale('system', ['fr', 'pl'])).toBe('en');
    expect(resolveLocale('system', [])).toBe('en');
  });
  it('lets a choice made in Settings win over the browser', () => {
    expect(resolveLocale('en', ['de-DE'])).toBe('en');
    expect(resolveLocale('de', ['en-US'])).toBe('de');
  });
});

describe('messages', () => {
  it('of the core areas come with the first language, as one module, and none before', async () => {
    vi.resetModules();
    const fresh = await import('./i18n');
    // Nothing is part of the first page's code: a German browser fetches no English.
    expect(fresh.useLocaleStore.getState().messages).toEqual({});
    expect(fresh.t('app.skipToContent')).toBe('');
    for (const locale of ['de', 'en'] as const) {
      await fresh.loadLocale(locale);
      const { messages, areas } = fresh.useLocaleStore.getState();
      expect(new Set(areas)).toEqual(new Set(fresh.CORE_AREAS));
      const ids = Object.keys(messages);
      expect(new Set(ids.map((id) => id.slice(0, id.indexOf('.'))))).toEqual(
        new Set(fresh.CORE_AREAS),
      );
    }
    expect(fresh.t('app.skipToContent')).toBe('Skip to content');
  });
  it('asked for before the language is known load in it, never in English first', async () => {
    vi.resetModules();
    const english = vi.fn(() => ({ default: {} }));
    vi.doMock('virtual:sidenote-messages/en/reader', english);
    try {
      const fresh = await import('./i18n');
      // As on a cold /read/ page: the reader's code (and words) are asked for as the page starts.
      const reader = fresh.loadAreas(['reader']);
      await fresh.loadLocale('de');
      await reader;
      expect(fresh.t('reader.toolbar.label')).toBe('Auswahl markieren');
      expect(english).not.toHaveBeenCalled();
    } finally {
      vi.doUnmock('virtual:sidenote-messages/en/reader');
    }
  });
  it('load the whole core when one of its areas is asked for', async () => {
    vi.resetModules();
    const fresh = await import('./i18n');
    await fresh.loadLocale('de');
    fresh.useLocaleStore.setState({ messages: {}, areas: [] });
    await fresh.loadAreas(['ui']);
    expect(new Set(fresh.useLocaleStore.getState().areas)).toEqual(new Set(fresh.CORE_AREAS));
    expect(fresh.t('app.skipToContent')).toBe('Zum Inhalt springen');
  });
  it('are English until German is loaded, then German, numbers included', async () => {
    expect(t('settings.title')).toBe('Settings');
    expect(t('settings.bytes.kb', { n: 1234 })).toBe('1,234 KB');
    await loadLocale('de');
    expect(t('settings.title')).toBe('Einstellungen');
    expect(t('settings.bytes.kb', { n: 1234 })).toBe('1.234 KB');
    expect(document.documentElement.lang).toBe('de');
  });
  it('of an area not loaded yet are empty, never a bare id, and load it', async () => {
    useLocaleStore.setState({ messages: {}, areas: ['app'] });
    expect(t('review.title')).toBe('');
    await waitFor(() => expect(t('review.title')).toBe('Review'));
    expect(useLocaleStore.getState().areas).toContain('review');
  });
  it('load in the chosen language, and a switch brings every loaded area along', async () => {
    await loadLocale('de');
    await loadAreas(['search']);
    expect(t('search.title')).not.toBe('');
    const german = t('search.title');
    await loadLocale('en');
    expect(t('search.title')).not.toBe(german);
  });
  it('stay as they are when the language in use is applied again, so nothing renders again', async () => {
    await loadLocale('de');
    const before = useLocaleStore.getState();
    const changed = vi.fn();
    const stop = useLocaleStore.subscribe(changed);
    await loadLocale('de');
    stop();
    expect(changed).not.toHaveBeenCalled();
    expect(useLocaleStore.getState()).toBe(before);
    expect(document.documentElement.lang).toBe('de');
  });
  it('put dates in the interface language', async () => {
    const day = new Date(2026, 11, 6, 12);
    expect(formatDate(day)).toBe('December 6, 2026');
    await loadLocale('de');
    expect(formatDate(day)).toBe('6. Dezember 2026');
  });
  it('keep elements inside a message where the language puts them', async () => {
    const { result } = renderHook(() => useRichT());
    const { container } = render(
      <p>{result.current('settings.language.system', { name: <b>Deutsch</b> })}</p>,
    );
    const paragraph = container.querySelector('p');
    expect(paragraph).toHaveTextContent('Browser language (Deutsch)');
    expect(paragraph?.querySelector('b')).toHaveTextContent('Deutsch');
    expect([...(paragraph?.childNodes ?? [])].map((n) => n.nodeName)).toEqual([
      '#text',
      'B',
      '#text',
    ]);
  });
});

describe('choosing the language', () => {
  it('starts in the browser language when nothing was chosen', async () => {
    vi.stubGlobal('navigator', { ...navigator, languages: ['de-DE', 'en'] });
    await startLanguage();
    expect(t('settings.title')).toBe('Einstellungen');
  });
  it('starts in English when the German words cannot be fetched', async () => {
    vi.resetModules();
    vi.doMock('virtual:sidenote-messages/de/app+errors+library+ui', () => {
      throw new Error('offline');
    });
    try {
      vi.stubGlobal('navigator', { ...navigator, languages: ['de-DE'] });
      const fresh = await import('.');
      await fresh.startLanguage();
      expect(fresh.currentLocale()).toBe('en');
      expect(fresh.t('app.skipToContent')).toBe('Skip to content');
    } finally {
      vi.doUnmock('virtual:sidenote-messages/de/app+errors+library+ui');
    }
  });
  it('starts in the saved choice whatever the browser says', async () => {
    vi.stubGlobal('navigator', { ...navigator, languages: ['de-DE'] });
    usePreferences.setState({ language: 'en' });
    await startLanguage();
    expect(t('settings.title')).toBe('Settings');
  });
  it('follows the browser when its language changes and nothing was chosen', async () => {
    const languages = vi.fn(() => ['en-US']);
    vi.stubGlobal('navigator', {
      get languages() {
        return languages();
      },
    });
    const { result } = renderHook(() => {
      useApplyLanguage();
      return useLocale();
    });
    await waitFor(() => expect(result.current).toBe('en'));
    languages.mockReturnValue(['de-CH']);
    act(() => {
      window.dispatchEvent(new Event('languagechange'));
    });
    await waitFor(() => expect(result.current).toBe('de'));
  });
});
