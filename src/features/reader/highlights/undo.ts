import { create } from 'zustand';

export interface UndoEntry {
  /** What undoing does, for the message: "Highlight restored". */
  label: string;
  run: () => Promise<void>;
}

interface UndoState {
  stack: UndoEntry[];
  push: (entry: UndoEntry) => void;
  /** Undoes the latest annotation change; resolves to its label, or undefined if there is none. */
  undo: () => Promise<string | undefined>;
  /** Runs one entry now (e.g. from a toast's Undo) and removes it, so Ctrl+Z cannot run it again. */
  take: (entry: UndoEntry) => Promise<void>;
}

const LIMIT = 50;

/** The annotation changes of this tab that Ctrl+Z can take back, newest last. */
export const useUndo = create<UndoState>()((set, get) => ({
  stack: [],
  push: (entry) => set({ stack: [...get().stack.slice(-(LIMIT - 1)), entry] }),
  undo: async () => {
    const entry = get().stack.at(-1);
    if (!entry) return undefined;
    set({ stack: get().stack.slice(0, -1) });
    await entry.run();
    return entry.label;
  },
  take: async (entry) => {
    set({ stack: get().stack.filter((e) => e !== entry) });
    await entry.run();
  },
}));
