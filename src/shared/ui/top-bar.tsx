import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useT, type MessageId } from '@/shared/i18n';
import { Icon, type IconName } from './icons';
import { Popover } from './popover';
import { SyncDot } from './sync-dot';
import { useSyncLabel } from './use-sync-label';

/** The main links; the Sync link's name is useSyncLabel's (sync's state in it). */
const NAV: Array<{ href: string; label?: MessageId; icon: IconName }> = [
  { href: '/search', label: 'ui.nav.search', icon: 'search' },
  { href: '/notebook', label: 'ui.nav.notebook', icon: 'book' },
  { href: '/quotes', label: 'ui.nav.quotes', icon: 'quote' },
  { href: '/review', label: 'ui.nav.review', icon: 'review' },
  { href: '/tags', label: 'ui.nav.tags', icon: 'tag' },
  { href: '/data', label: 'ui.nav.data', icon: 'download' },
  { href: '/sync', icon: 'sync' },
  { href: '/settings', label: 'ui.nav.settings', icon: 'settings' },
];

/** The sticky bar at the top of every view: the brand, the view's actions, then the main links. */
export function TopBar({ children }: { children?: ReactNode }) {
  const [location] = useLocation();
  const t = useT();
  const syncLabel = useSyncLabel();
  const labelOf = (item: (typeof NAV)[number]) => (item.label ? t(item.label) : syncLabel);
  return (
    <header className="sticky top-0 z-20 border-b border-line bg-paper/90 backdrop-blur supports-[backdrop-filter]:bg-paper/75">
      <div className="mx-auto flex h-14 max-w-screen-2xl items-center gap-1 px-2 sm:gap-2 sm:px-4">
        <Link
          href="/"
          className="mr-1 flex items-center gap-2 rounded-lg px-2 py-1 font-serif text-lg font-semibold tracking-tight text-ink"
          aria-label={t('ui.topBar.home')}
          data-brand=""
        >
          <BrandMark />
          {/* eslint-disable-next-line no-restricted-syntax -- the name, the same in every language */}
          <span className="hidden sm:inline">Sidenote</span>
        </Link>
        <div className="flex min-w-0 flex-1 items-center gap-1 sm:gap-2">{children}</div>
        {/* Its phone width (Search and More) from the start: a page painted while the rest of
            the nav was still arriving would otherwise move when More came. */}
        <nav aria-label={t('ui.topBar.nav')} className="flex items-center max-sm:min-w-18">
          {NAV.map((item, i) => (
            <Link
              key={item.href}
              href={item.href}
              aria-label={labelOf(item)}
              title={labelOf(item)}
              aria-current={location === item.href ? 'page' : undefined}
              // On a phone only Search has room in the bar; the rest are under More.
              className={`${i === 0 ? 'grid' : 'hidden sm:grid'} relative h-9 w-9 place-items-center rounded-lg text-ink-2 hover:bg-surface-2 hover:text-ink aria-[current=page]:text-accent`}
            >
              <Icon name={item.icon} />
              {item.href === '/sync' && <SyncDot />}
            </Link>
          ))}
          <div className="sm:hidden">
            <Popover
              label={t('ui.topBar.more')}
              trigger={(props) => (
                <button
                  type="button"
                  {...props}
                  aria-label={t('ui.topBar.more')}
                  title={t('ui.topBar.more')}
                  className="grid h-9 w-9 place-items-center rounded-lg text-ink-2 hover:bg-surface-2 hover:text-ink"
                >
                  <Icon name="menu" />
                </button>
              )}
            >
              {(close) => (
                <ul className="-m-1 grid">
                  {NAV.slice(1).map((item) => (
                    <li key={item.href}>
                      <Link
                        href={item.href}
                        onClick={close}
                        aria-current={location === item.href ? 'page' : undefined}
                        className="flex h-11 items-center gap-3 rounded-lg px-3 text-sm text-ink hover:bg-surface-2 aria-[current=page]:text-accent"
                      >
                        <Icon name={item.icon} />
                        {labelOf(item)}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </Popover>
          </div>
        </nav>
      </div>
    </header>
  );
}

/**
 * The logo (public/favicon.svg's drawing), drawn inline: as an `<img>` it was a request the
 * browser made only once the page's code had drawn the bar, the last step before a script-drawn
 * view's largest paint on a slow connection (Lighthouse, bench row 12).
 */
function BrandMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" width="24" height="24" className="shrink-0">
      <rect width="32" height="32" rx="7" fill="#1f3a5f" />
      <path d="M9 8h10a4 4 0 0 1 4 4v12H13a4 4 0 0 1-4-4z" fill="#f7f3ea" />
      <rect x="12" y="13" width="8" height="3" rx="1" fill="#f2c94c" />
      <rect x="12" y="18" width="6" height="1.6" rx=".8" fill="#1f3a5f" />
    </svg>
  );
}
