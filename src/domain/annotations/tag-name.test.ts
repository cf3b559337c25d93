import { describe, expect, it } from 'vitest';
import { foldGerman } from '@/domain/text/fold';
import { normalizeTagName, sameTagName, tagMatchRank, tagNameKey } from './tag-name';

describe('tag names', () => {
  it('are stored trimmed with single spaces', () => {
    expect(normalizeTagName('  Russland \t Ukraine ')).toBe('Russland Ukraine');
  });

  it('are the same tag whatever their case, spacing or Unicode form', () => {
    expect(sameTagName('NATO', ' nato ')).toBe(true);
    expect(sameTagName('Kra\u0308fte', 'KRÄFTE')).toBe(true);
    expect(tagNameKey('Ukraine  Krieg')).toBe('ukraine krieg');
    // Spelling is not case: a tag "Kraefte" next to "Kräfte" is another tag.
    expect(sameTagName('Kraefte', 'Kräfte')).toBe(false);
  });
});

describe('tagMatchRank', () => {
  it('finds a tag by every spelling search would find it by', () => {
    for (const typed of ['Kräfte', 'Kraefte', 'Krafte', 'KRÄFTE', 'kraefte']) {
      expect(tagMatchRank('Kräfte', typed), typed).toBe(0);
    }
    expect(tagMatchRank('Straße', 'strasse')).toBe(0);
    expect(tagMatchRank('Élysée', 'elysee')).toBe(0);
    // The same rule as search: both fold the typed text to the same form.
    expect(foldGerman('Kraefte')).toBe(foldGerman('Kräfte'));
  });

  it('ranks exact, prefix, word start and anywhere', () => {
    expect(tagMatchRank('NATO', 'nato')).toBe(0);
    expect(tagMatchRank('NATO-Gipfel', 'nato')).toBe(1);
    expect(tagMatchRank('Ukraine-Krieg', 'krieg')).toBe(2);
    expect(tagMatchRank('Ukraine – Krieg', 'krieg')).toBe(2);
    expect(tagMatchRank('Ukraine', 'rain')).toBe(3);
    expect(tagMatchRank('Ukraine', 'xyz')).toBe(-1);
    expect(tagMatchRank('Ukraine', '  ')).toBe(1);
  });
});
