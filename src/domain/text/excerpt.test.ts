import { describe, expect, it } from 'vitest';
import { contextAfter, contextBefore, shorten } from './excerpt';

describe('excerpts', () => {
  it('shortens at a word boundary with an ellipsis', () => {
    expect(shorten('Die Nato-Außenminister trafen sich am Freitag virtuell', 30)).toBe(
      'Die Nato-Außenminister trafen…',
    );
    expect(shorten('kurz', 30)).toBe('kurz');
  });

  it('never starts or ends review context in the middle of a word', () => {
    expect(contextBefore('ienstag in Brüssel, sagte er, ')).toBe('… in Brüssel, sagte er, ');
    expect(contextAfter(' und dann am Mittwo')).toBe(' und dann am…');
    expect(contextAfter(' am Mittwoch ')).toBe(' am Mittwoch …');
  });
});
