// A first visit in two tabs: this file's IndexedDB (fresh per test file) has no Sidenote
// database until "the other tab" below creates one.
import { renderHook, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { openDatabase } from '../database';
import { createTag } from '../tags-repo';
import { useColors, useTags } from './index';

it('a tab showing "nothing saved" starts reading as soon as another tab says it made the database', async () => {
  const { result } = renderHook(() => ({ tags: useTags(), colors: useColors() }));
  await waitFor(() => expect(result.current.tags).toEqual([]));
  await waitFor(() => expect(result.current.colors).toHaveLength(5));
  const colorsBefore = result.current.colors;
  // The other tab: its own connection, and its word on the channel connect.ts listens to.
  const otherTab = openDatabase();
  await createTag(otherTab, 'Aus dem anderen Tab');
  otherTab.close();
  const channel = new BroadcastChannel('sidenote-storage');
  channel.postMessage('reached');
  channel.close();
  // No focus or visibility change here: the message alone starts the live read.
  await waitFor(() =>
    expect(result.current.tags?.map((t) => t.name)).toEqual(['Aus dem anderen Tab']),
  );
  // The palette read from the new database is the one shown before: not handed out again, so
  // nothing that shows it renders again (given time to arrive, were it handed out).
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(result.current.colors).toBe(colorsBefore);
});
