import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FONT_SIZE, FONT_SIZES, usePreferences } from './preferences';
import { readPreferences } from './preference-rules';

describe('reader preferences', () => {
  beforeEach(() => {
    localStorage.clear();
    usePreferences.setState({
      theme: 'system',
      language: 'system',
      fontSize: DEFAULT_FONT_SIZE,
      width: 'medium',
    });
  });

  it('steps the font size and stops at the ends', () => {
    const { stepFontSize } = usePreferences.getState();
    stepFontSize(1);
    expect(usePreferences.getState().fontSize).toBe(20);
    for (let i = 0; i < 20; i++) stepFontSize(1);
    expect(usePreferences.getState().fontSize).toBe(FONT_SIZES.at(-1));
    for (let i = 0; i < 20; i++) stepFontSize(-1);
    expect(usePreferences.getState().fontSize).toBe(FONT_SIZES[0]);
  });

  it('keeps choices across visits in localStorage', () => {
    usePreferences.getState().setTheme('sepia');
    usePreferences.getState().setWidth('wide');
    usePreferences.getState().setLanguage('de');
    const saved = JSON.parse(localStorage.getItem('sidenote.preferences') ?? '{}');
    expect(saved.state).toEqual({
      theme: 'sepia',
      language: 'de',
      fontSize: DEFAULT_FONT_SIZE,
      width: 'wide',
      colorId: 'key-claim',
    });
    expect(saved.version).toBe(1);
  });

  it('reads a language it does not offer, or none, as the browser language', () => {
    expect(readPreferences({ language: 'fr' }).language).toBe('system');
    expect(readPreferences({ language: 42 }).language).toBe('system');
    expect(readPreferences({}).language).toBe('system');
    expect(readPreferences({ language: 'de' }).language).toBe('de');
  });
});
