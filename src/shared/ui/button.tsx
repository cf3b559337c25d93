import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Icon, type IconName } from './icons';
import { buttonClass, type Variant } from './button-class';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  compact?: boolean;
  /** A label that may break onto two lines on a narrow screen (see `buttonClass`). */
  wrap?: boolean;
  icon?: IconName;
  children?: ReactNode;
}

export function Button({
  variant,
  compact,
  wrap,
  icon,
  children,
  className,
  ...rest
}: ButtonProps) {
  return (
    <button
      type="button"
      className={`${buttonClass(variant, compact, wrap)} ${className ?? ''}`}
      {...rest}
    >
      {icon && <Icon name={icon} />}
      {children}
    </button>
  );
}

interface IconButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  icon: IconName;
  /** The accessible name; also shown as a tooltip. */
  label: string;
  variant?: Variant;
}

export function IconButton({
  icon,
  label,
  variant = 'ghost',
  className,
  ...rest
}: IconButtonProps) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      className={`${buttonClass(variant, true)} w-9 h-9 px-0 ${className ?? ''}`}
      {...rest}
    >
      <Icon name={icon} />
    </button>
  );
}
