import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leftWithinScreen } from './within-screen';

describe('leftWithinScreen', () => {
  it('leaves a panel that fits where it is', () => {
    expect(leftWithinScreen(100, 200, 390)).toBe(100);
  });

  it('moves one past an edge back to the margin', () => {
    expect(leftWithinScreen(-58, 326, 390)).toBe(8);
    expect(leftWithinScreen(200, 300, 390)).toBe(82);
  });

  it('starts one wider than the screen at the left margin', () => {
    expect(leftWithinScreen(-40, 400, 390)).toBe(8);
    expect(leftWithinScreen(50, 400, 390)).toBe(8);
  });

  it('keeps any panel that fits within the margins, and never moves one that is inside', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: 0, max: 374 }),
        (left, width) => {
          const placed = leftWithinScreen(left, width, 390);
          expect(placed).toBeGreaterThanOrEqual(8);
          expect(placed + width).toBeLessThanOrEqual(382);
          if (left >= 8 && left + width <= 382) expect(placed).toBe(left);
        },
      ),
    );
  });
});
