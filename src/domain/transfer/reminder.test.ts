import { describe, expect, it } from 'vitest';
import { shouldRemindBackup } from './reminder';

const now = new Date('2026-11-22T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();

describe('backup reminder', () => {
  it('stays quiet without annotations', () => {
    expect(shouldRemindBackup({ now, highlightCount: 0, oldestHighlightAt: daysAgo(90) })).toBe(
      false,
    );
  });
  it('reminds two weeks after the first highlight when there was never an export', () => {
    expect(shouldRemindBackup({ now, highlightCount: 3, oldestHighlightAt: daysAgo(13) })).toBe(
      false,
    );
    expect(shouldRemindBackup({ now, highlightCount: 3, oldestHighlightAt: daysAgo(14) })).toBe(
      true,
    );
  });
  it('counts from the last export when there was one', () => {
    const base = { now, highlightCount: 3, oldestHighlightAt: daysAgo(100) };
    expect(shouldRemindBackup({ ...base, lastExportAt: daysAgo(3) })).toBe(false);
    expect(shouldRemindBackup({ ...base, lastExportAt: daysAgo(20) })).toBe(true);
  });
});
