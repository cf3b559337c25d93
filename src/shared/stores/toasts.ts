import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** An action such as "Undo"; the toast closes after it runs. */
  action?: { label: string; run: () => void | Promise<void> };
}

interface ToastState {
  toasts: Toast[];
  show: (toast: Omit<Toast, 'id'>, durationMs?: number) => number;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Messages about what just happened ("Highlight deleted · Undo", "Could not save: …"). */
export const useToasts = create<ToastState>()((set, get) => ({
  toasts: [],
  show: (toast, durationMs = toast.tone === 'error' ? 12_000 : 6_000) => {
    const id = nextId++;
    set({ toasts: [...get().toasts.slice(-2), { ...toast, id }] });
    if (durationMs > 0) setTimeout(() => get().dismiss(id), durationMs);
    return id;
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
}));

export const showToast = (toast: Omit<Toast, 'id'>, durationMs?: number) =>
  useToasts.getState().show(toast, durationMs);
