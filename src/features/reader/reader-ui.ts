import { create } from 'zustand';

/** Short-lived UI state shared across components of a view; nothing here is saved. */
interface UiState {
  /** The highlight the user is looking at: outlined in the text, its card opened in the list. */
  focusedHighlightId?: string;
  /** Where the focus came from: a click in the text scrolls the list, a click in the list scrolls the text. */
  focusSource?: 'text' | 'list' | 'link';
  focusHighlight: (id: string | undefined, source?: 'text' | 'list' | 'link') => void;
  /** A card field to open for editing right away (after "Note" or "Tag" in the toolbar). */
  editing?: { id: string; field: 'note' | 'tags' };
  edit: (editing: { id: string; field: 'note' | 'tags' } | undefined) => void;
  /** The text currently selected in an article (for re-attaching an orphaned highlight). */
  selection?: { articleId: string; start: number; end: number };
  setSelection: (selection: { articleId: string; start: number; end: number } | undefined) => void;
}

export const useUi = create<UiState>()((set) => ({
  focusedHighlightId: undefined,
  focusSource: undefined,
  focusHighlight: (id, source) => set({ focusedHighlightId: id, focusSource: source }),
  editing: undefined,
  edit: (editing) => set({ editing }),
  selection: undefined,
  setSelection: (selection) => set({ selection }),
}));
