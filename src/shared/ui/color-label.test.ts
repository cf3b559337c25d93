import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_COLORS } from '@/db';
import { loadLocale } from '@/shared/i18n';
import { colorLabel, useShownColors } from './color-label';

afterEach(() => loadLocale('en'));

const keyClaim = { id: 'key-claim', label: 'Key claim' };

describe('colorLabel', () => {
  it('shows the stored meaning in English, shipped or edited', () => {
    expect(DEFAULT_COLORS.map((c) => colorLabel(c))).toEqual([
      'Key claim',
      'Evidence',
      'Context',
      'Disputed',
      'Question',
    ]);
    expect(colorLabel({ ...keyClaim, label: 'Kernthese' })).toBe('Kernthese');
  });

  it('shows an unedited default meaning in German, once German is the language', async () => {
    await loadLocale('de');
    expect(DEFAULT_COLORS.map((c) => colorLabel(c))).toEqual([
      'Kernaussage',
      'Beleg',
      'Kontext',
      'Umstritten',
      'Frage',
    ]);
  });

  it('leaves a meaning the person wrote as written, even one that was another default', async () => {
    await loadLocale('de');
    expect(colorLabel({ ...keyClaim, label: 'Meine These' })).toBe('Meine These');
    // "Evidence" is the shipped meaning of another colour: on this one it is the person's word.
    expect(colorLabel({ ...keyClaim, label: 'Evidence' })).toBe('Evidence');
    // A colour that did not ship (an imported palette) keeps its meaning too.
    expect(colorLabel({ id: 'imported', label: 'Key claim' })).toBe('Key claim');
  });
});

describe('useShownColors', () => {
  it('gives the palette with the meanings shown, and follows the language', async () => {
    const palette = [
      ...DEFAULT_COLORS.slice(0, 2),
      { id: 'context', label: 'Hintergrund', swatch: 'blue', order: 2 },
    ];
    const { result } = renderHook(() => useShownColors(palette));
    expect(result.current?.map((c) => c.label)).toEqual(['Key claim', 'Evidence', 'Hintergrund']);
    await act(() => loadLocale('de'));
    expect(result.current?.map((c) => c.label)).toEqual(['Kernaussage', 'Beleg', 'Hintergrund']);
    expect(result.current?.[0]).toMatchObject({ id: 'key-claim', swatch: 'yellow' });
  });
});
