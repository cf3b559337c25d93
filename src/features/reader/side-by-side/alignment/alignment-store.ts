import { create } from 'zustand';

export type Side = 'left' | 'right';

/** Short-lived state of the comparison: which pair the reader points at or walked to. */
interface AlignmentUi {
  /** The pair under the pointer or keyboard focus: both its passages are tinted. */
  hovered?: string;
  /** The pair walked to with "next aligned passage" or opened from a marker. */
  active?: string;
  /** A passage only one article has, opened from the list: tinted on its side. */
  lone?: { side: Side; start: number; end: number };
  /**
   * A marker's card is open: its pair is the active one, and pointing at other markers does not
   * tint theirs (the text may have moved under a still pointer to make room for the card).
   */
  card: boolean;
  hover: (key: string | undefined) => void;
  activate: (key: string | undefined) => void;
  showLone: (lone: AlignmentUi['lone']) => void;
  /** A marker's card opened on this pair (undefined: it closed). */
  openCard: (key: string | undefined) => void;
}

export const useAlignmentUi = create<AlignmentUi>()((set) => ({
  hover: (hovered) => set({ hovered }),
  activate: (active) => set({ active, lone: undefined }),
  showLone: (lone) => set({ lone, active: undefined }),
  card: false,
  openCard: (key) =>
    set(
      key === undefined
        ? { card: false }
        : { card: true, active: key, hovered: undefined, lone: undefined },
    ),
}));
