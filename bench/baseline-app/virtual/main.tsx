// The library row's baseline: the same manifest the app fetches, listed with a plain
// @tanstack/react-virtual window virtualiser (title, detail and excerpt per row). It records
// how long React takes from rendering the list to committing it in `window.__benchMount`.
import { useEffect, useLayoutEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useWindowVirtualizer } from '@tanstack/react-virtual';

interface Entry {
  id: string;
  summary?: { title: string; excerpt: string; wordCount: number; readingMinutes: number };
}

declare global {
  interface Window {
    __benchMount?: { rows: number; renderStart: number; committed: number };
  }
}

export function List({ entries, renderStart }: { entries: Entry[]; renderStart: number }) {
  const virtualizer = useWindowVirtualizer({
    count: entries.length,
    estimateSize: () => 132,
    overscan: 5,
  });
  useLayoutEffect(() => {
    window.__benchMount = {
      rows: entries.length,
      renderStart,
      committed: performance.now(),
    };
  }, [entries, renderStart]);
  return (
    <ul
      aria-label="Articles"
      style={{ position: 'relative', height: virtualizer.getTotalSize(), margin: 0, padding: 0 }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const entry = entries[item.index];
        return (
          <li
            key={item.key}
            data-index={item.index}
            data-bench-row=""
            ref={virtualizer.measureElement}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              listStyle: 'none',
              transform: `translateY(${item.start}px)`,
            }}
          >
            <article style={{ padding: 16, borderBottom: '1px solid #ddd' }}>
              <h2 style={{ margin: 0 }}>{entry?.summary?.title ?? entry?.id}</h2>
              <p>
                {entry?.summary?.wordCount} words · {entry?.summary?.readingMinutes} min
              </p>
              <p>{entry?.summary?.excerpt}</p>
            </article>
          </li>
        );
      })}
    </ul>
  );
}

export function App() {
  const [entries, setEntries] = useState<{ list: Entry[]; renderStart: number }>();
  useEffect(() => {
    void fetch('/seeds/manifest.json', { cache: 'no-cache' })
      .then((r) => r.json())
      .then((m: { articles: Entry[] }) =>
        setEntries({ list: m.articles, renderStart: performance.now() }),
      );
  }, []);
  if (!entries) return <p>Loading…</p>;
  return <List entries={entries.list} renderStart={entries.renderStart} />;
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
