import type { ReactNode, Ref } from 'react';
import { TopBar } from './top-bar';

/**
 * The frame every view shares: the top bar, one `<main id="main">` (where "Skip to content"
 * lands) and, for most views, a centred column with a heading.
 */

/** The view's main landmark, target of the "Skip to content" link. One per view. */
export function Main(props: { className?: string; ref?: Ref<HTMLElement>; children: ReactNode }) {
  const { className, ref, children } = props;
  return (
    <main id="main" ref={ref} className={className}>
      {children}
    </main>
  );
}

const WIDTHS = { '2xl': 'max-w-2xl', '3xl': 'max-w-3xl', '4xl': 'max-w-4xl' } as const;

interface PageProps {
  width: keyof typeof WIDTHS;
  /** The view's own controls in the top bar. */
  actions?: ReactNode;
  /** Space the view's sections apart. */
  sections?: boolean;
  /** Keep room at the bottom for a notice floating over the end of the page. */
  roomBelow?: boolean;
  children: ReactNode;
}

/** A view as most are: the top bar, then a centred column of `width`. */
export function Page({ width, actions, sections, roomBelow, children }: PageProps) {
  return (
    <>
      <TopBar>{actions}</TopBar>
      <Main
        className={`mx-auto w-full ${WIDTHS[width]} px-4 pt-8 ${roomBelow ? 'pb-28' : 'pb-16'} sm:px-6 ${sections ? 'space-y-10' : ''}`}
      >
        {children}
      </Main>
    </>
  );
}

const GAPS = { none: '', small: 'pb-4', medium: 'pb-5', large: 'pb-6' } as const;

interface PageHeaderProps {
  title: string;
  /** One line on what the view is for. */
  description?: ReactNode;
  /** Space below the header (the column's own spacing is enough in a `sections` page). */
  gap?: keyof typeof GAPS;
  /** The view's controls, to the right of the title (below it on a narrow screen). */
  children?: ReactNode;
}

/** A view's title, in the same type on every view, and what the view is for. */
export function PageHeader({ title, description, gap = 'medium', children }: PageHeaderProps) {
  return (
    <div className={`flex flex-wrap items-end justify-between gap-3 ${GAPS[gap]}`}>
      <div>
        <h1 className="font-serif text-3xl font-semibold tracking-tight text-ink">{title}</h1>
        {description && <p className="mt-1 text-sm text-ink-2">{description}</p>}
      </div>
      {children}
    </div>
  );
}
