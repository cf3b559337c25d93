import type { ReactNode } from 'react';
import { Link } from 'wouter';

/** The sticky bar at the top of every view: the brand on the left, the view's actions after it. */
export function TopBar({ children }: { children?: ReactNode }) {
  return (
    <header className="sticky top-0 z-20 border-b border-line bg-paper/90 backdrop-blur supports-[backdrop-filter]:bg-paper/75">
      <div className="mx-auto flex h-14 max-w-screen-2xl items-center gap-1 px-2 sm:gap-2 sm:px-4">
        <Link
          href="/"
          className="mr-1 flex items-center gap-2 rounded-lg px-2 py-1 font-serif text-lg font-semibold tracking-tight text-ink"
          aria-label="Sidenote library"
        >
          <img src="/favicon.svg" alt="" width="24" height="24" className="rounded-md" />
          <span className="hidden sm:inline">Sidenote</span>
        </Link>
        {children}
      </div>
    </header>
  );
}
