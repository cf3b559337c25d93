export type Variant = 'primary' | 'secondary' | 'ghost' | 'danger';

const variants: Record<Variant, string> = {
  primary: 'bg-accent text-accent-ink hover:opacity-90 border border-transparent',
  secondary: 'bg-surface text-ink border border-line hover:bg-surface-2',
  ghost: 'bg-transparent text-ink-2 border border-transparent hover:bg-surface-2 hover:text-ink',
  danger: 'bg-danger text-paper border border-transparent hover:opacity-90',
};

export function buttonClass(variant: Variant = 'secondary', compact = false): string {
  return [
    'inline-flex items-center justify-center gap-1.5 rounded-lg font-medium transition-colors',
    'disabled:opacity-50 disabled:pointer-events-none select-none whitespace-nowrap',
    compact ? 'h-8 px-2.5 text-sm' : 'h-10 px-3.5 text-sm',
    variants[variant],
  ].join(' ');
}
