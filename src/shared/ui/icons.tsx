import type { SVGProps } from 'react';

/** Small inline icons (24×24, stroke). Decorative: the control that holds one carries the name. */
const paths = {
  back: 'M15 18l-6-6 6-6',
  columns: 'M4 5h16v14H4zM12 5v14',
  textSize: 'M4 19l5-14 5 14M6 14h6M15 19l3-8 3 8M16 16.5h4',
  sun: 'M12 4V2M12 22v-2M4.9 4.9 3.5 3.5M20.5 20.5l-1.4-1.4M4 12H2M22 12h-2M4.9 19.1l-1.4 1.4M20.5 3.5l-1.4 1.4M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z',
  moon: 'M20 14.5A8 8 0 0 1 9.5 4 8 8 0 1 0 20 14.5z',
  close: 'M6 6l12 12M18 6L6 18',
  swap: 'M7 7h13l-4-4M17 17H4l4 4',
  file: 'M14 3H6v18h12V7zM14 3v4h4M9 13h6M9 17h6',
  book: 'M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2zM4 5v16M8 7h7',
  alert: 'M12 3 2 20h20zM12 10v4M12 17.5v.5',
  chevronDown: 'M6 9l6 6 6-6',
  sort: 'M7 4v16M4 17l3 3 3-3M17 20V4M14 7l3-3 3 3',
  clock: 'M12 7v5l3 2M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z',
  check: 'M5 12l5 5 9-10',
  minus: 'M5 12h14',
  plus: 'M12 5v14M5 12h14',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, ...props }: { name: IconName } & SVGProps<SVGSVGElement>) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      <path d={paths[name]} />
    </svg>
  );
}
