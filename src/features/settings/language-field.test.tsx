import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { loadLocale, useApplyLanguage, useT } from '@/shared/i18n';
import { usePreferences } from '@/shared/stores/preferences';
import { LanguageField } from './language-field';

afterEach(async () => {
  usePreferences.setState({ language: 'system' });
  await loadLocale('en');
});

it('switches every component at once from Settings, and back', async () => {
  function Probe() {
    useApplyLanguage();
    const tr = useT();
    return <h1>{tr('settings.title')}</h1>;
  }
  render(
    <>
      <Probe />
      <LanguageField />
    </>,
  );
  const field = screen.getByRole('combobox', { name: 'Interface language' });
  await userEvent.selectOptions(field, 'de');
  await waitFor(() => expect(screen.getByRole('heading')).toHaveTextContent('Einstellungen'));
  expect(screen.getByRole('combobox', { name: 'Sprache der Oberfläche' })).toHaveValue('de');
  await userEvent.selectOptions(field, 'en');
  await waitFor(() => expect(screen.getByRole('heading')).toHaveTextContent('Settings'));
  expect(JSON.parse(localStorage.getItem('sidenote.preferences') ?? '{}').state.language).toBe(
    'en',
  );
});
