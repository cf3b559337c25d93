import { describe, expect, it } from 'vitest';
import { SHORTCUTS } from './shortcuts';
import { GO_TO } from './use-global-shortcuts';

describe('the ? list', () => {
  it('names every g shortcut the app answers to', () => {
    const listed = SHORTCUTS.flatMap((s) => s.items)
      .filter((i) => i.keys[0] === 'g' && i.keys.length === 2)
      .map((i) => i.keys[1]);
    expect(listed.sort()).toEqual(Object.keys(GO_TO).sort());
  });
});
