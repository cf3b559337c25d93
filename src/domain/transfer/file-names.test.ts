import { describe, expect, it } from 'vitest';
import {
  annotationsFileName,
  backupFileName,
  fileDate,
  sheetFileName,
  slugify,
} from './file-names';

describe('file names', () => {
  it('slugify spells out umlauts and ß and drops everything else unsafe', () => {
    expect(slugify('Eskalation')).toBe('eskalation');
    expect(slugify('Ökonomie & Größe: Straße/Übung')).toBe('oekonomie-groesse-strasse-uebung');
    expect(slugify('Café „Zeitenwende“ — 2022')).toBe('cafe-zeitenwende-2022');
    expect(slugify('  !!!  ')).toBe('untitled');
    expect(slugify('a'.repeat(100))).toHaveLength(60);
  });

  it('names sheets, backups and annotation files by kind, name and day', () => {
    const day = new Date(2026, 10, 22, 23, 30);
    expect(sheetFileName('tag', 'Eskalation', day)).toBe('sidenote-tag-eskalation-2026-11-22.md');
    expect(sheetFileName('article', 'Die NATO & Russland', '2026-11-22T08:00:00Z')).toBe(
      'sidenote-article-die-nato-russland-2026-11-22.md',
    );
    expect(sheetFileName('notebook', '', day)).toBe('sidenote-notebook-2026-11-22.md');
    expect(backupFileName(day)).toBe('sidenote-backup-2026-11-22.json');
    expect(annotationsFileName(day)).toBe('sidenote-annotations-2026-11-22.jsonld');
  });

  it('uses the local calendar day of a Date', () => {
    expect(fileDate(new Date(2026, 0, 5, 0, 1))).toBe('2026-01-05');
    expect(fileDate(new Date(Number.NaN))).toBe('undated');
  });
});
