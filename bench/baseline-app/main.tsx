// The smallest real app on the five libraries Sidenote's first page needs: a Zustand store, a
// Dexie table read through React Query, and a mutation. Everything is used, so nothing is
// tree-shaken away; its JavaScript is the floor for Sidenote's first page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import Dexie, { type EntityTable } from 'dexie';
import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { create } from 'zustand';

interface Note {
  id: string;
  text: string;
  createdAt: string;
}

const db = new Dexie('bench-baseline') as Dexie & { notes: EntityTable<Note, 'id'> };
db.version(1).stores({ notes: 'id, createdAt' });

interface Counter {
  version: number;
  bump: () => void;
}

const useCounter = create<Counter>()((set) => ({
  version: 0,
  bump: () => set((s) => ({ version: s.version + 1 })),
}));

const client = new QueryClient();

export function Notes() {
  const version = useCounter((s) => s.version);
  const bump = useCounter((s) => s.bump);
  const notes = useQuery({
    queryKey: ['notes', version],
    queryFn: () => db.notes.orderBy('createdAt').toArray(),
  });
  const add = useMutation({
    mutationFn: (text: string) =>
      db.notes.add({ id: crypto.randomUUID(), text, createdAt: new Date().toISOString() }),
    onSuccess: bump,
  });
  return (
    <main>
      <h1>Baseline</h1>
      <button type="button" onClick={() => add.mutate('A note')}>
        Add a note
      </button>
      <ul>
        {notes.data?.map((n) => (
          <li key={n.id}>{n.text}</li>
        ))}
      </ul>
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <Notes />
      </QueryClientProvider>
    </StrictMode>,
  );
}
