import type { DBCore, Middleware } from 'dexie';
import { forgetDeletedHighlights } from './pending-writes';

/**
 * Storage middleware: whenever highlights are deleted, by whatever path (the reader, the
 * notebook, removing an article, sync, another tab), a pending create or edit of them kept by a
 * page that was left mid-write (pending-writes.ts) is forgotten, so its replay can never bring a
 * deleted highlight back. Decision 0030.
 */
export function forgetPendingOnDelete(dbName: string): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'forgetPendingOnDelete',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'highlights') return table;
        return {
          ...table,
          mutate: (req) => {
            if (req.type === 'delete') forgetDeletedHighlights(dbName, req.keys.map(String));
            else if (req.type === 'deleteRange') forgetDeletedHighlights(dbName, 'all');
            return table.mutate(req);
          },
        };
      },
    }),
  };
}
