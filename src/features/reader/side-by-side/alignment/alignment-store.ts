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
  hover: (key: string | undefined) => void;
  activate: (key: string | undefined) => void;
  showLone: (lone: AlignmentUi['lone']) => void;
}

export const useAlignmentUi = create<AlignmentUi>()((set) => ({
  hover: (hovered) => set({ hovered }),
  activate: (active) => set({ active, lone: undefined }),
  showLone: (lone) => set({ lone, active: undefined }),
}));
