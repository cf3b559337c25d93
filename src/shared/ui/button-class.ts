export type Variant = 'primary' | 'secondary' | 'ghost' | 'danger';

const variants: Record<Variant, string> = {
  primary: 'bg-accent text-accent-ink hover:opacity-90 border border-transparent',
  secondary: 'bg-surface text-ink border border-line hover:bg-surface-2',
  ghost: 'bg-transparent text-ink-2 border border-transparent hover:bg-surface-2 hover:text-ink',
  danger: 'bg-danger text-paper border border-transparent hover:opacity-90',
};

/**
 * `wrap`: the label may break onto more lines where there is no room for it on one (a long
 * German label on a 320 px phone), instead of pushing the page wider than the screen. Off for
 * buttons in rows, which keep their one line and let their neighbours give way.
 */
export function buttonClass(variant: Variant = 'secondary', compact = false, wrap = false): string {
  const height = compact ? (wrap ? 'min-h-8 py-1' : 'h-8') : wrap ? 'min-h-10 py-2' : 'h-10';
  return [
    'inline-flex items-center justify-center gap-1.5 rounded-lg font-medium transition-colors',
    'disabled:opacity-50 disabled:pointer-events-none select-none',
    wrap ? 'text-center text-balance' : 'whitespace-nowrap',
    `${height} ${compact ? 'px-2.5' : 'px-3.5'} text-sm`,
    variants[variant],
  ].join(' ');
}
