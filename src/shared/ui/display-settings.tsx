import { useId } from 'react';
import { Popover } from './popover';
import { buttonClass } from './button-class';
import { Icon } from './icons';
import {
  FONT_SIZES,
  usePreferences,
  type ReaderWidth,
  type ThemeChoice,
} from '@/shared/stores/preferences';

const THEMES: Array<[ThemeChoice, string]> = [
  ['system', 'System'],
  ['light', 'Light'],
  ['sepia', 'Sepia'],
  ['dark', 'Dark'],
];

const WIDTHS: Array<[ReaderWidth, string]> = [
  ['narrow', 'Narrow'],
  ['medium', 'Medium'],
  ['wide', 'Wide'],
];

/** Font size, line width and theme; kept across visits. */
export function DisplaySettings() {
  return (
    <Popover
      label="Display settings"
      trigger={(t) => (
        <button
          type="button"
          {...t}
          aria-label="Display settings"
          title="Display settings"
          className={`${buttonClass('ghost', true)} w-9 px-0`}
        >
          <Icon name="textSize" />
        </button>
      )}
    >
      {() => <DisplayControls />}
    </Popover>
  );
}

/** The display choices themselves, for the popover and the settings page. */
export function DisplayControls() {
  const { theme, fontSize, width, setTheme, setWidth, stepFontSize } = usePreferences();
  const id = useId();
  return (
    <div className="w-64 space-y-4 text-sm">
      <div>
        <p id={`${id}-size`} className="mb-1.5 font-medium text-ink">
          Text size
        </p>
        <div className="flex items-center gap-2" role="group" aria-labelledby={`${id}-size`}>
          <button
            type="button"
            className={`${buttonClass('secondary', true)} w-9 px-0`}
            aria-label="Smaller text"
            disabled={fontSize <= FONT_SIZES[0]}
            onClick={() => stepFontSize(-1)}
          >
            <Icon name="minus" />
          </button>
          <output className="flex-1 text-center tabular-nums text-ink" aria-live="polite">
            {fontSize} px
          </output>
          <button
            type="button"
            className={`${buttonClass('secondary', true)} w-9 px-0`}
            aria-label="Larger text"
            disabled={fontSize >= (FONT_SIZES.at(-1) ?? 26)}
            onClick={() => stepFontSize(1)}
          >
            <Icon name="plus" />
          </button>
        </div>
      </div>
      <Choice
        legend="Line width"
        name={`${id}-width`}
        options={WIDTHS}
        value={width}
        onChange={setWidth}
      />
      <Choice
        legend="Theme"
        name={`${id}-theme`}
        options={THEMES}
        value={theme}
        onChange={setTheme}
      />
    </div>
  );
}

function Choice<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: Array<[T, string]>;
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-1.5 font-medium text-ink">{legend}</legend>
      <div className="flex rounded-lg border border-line bg-surface-2 p-0.5">
        {options.map(([key, label]) => (
          <label
            key={key}
            className="flex-1 cursor-pointer rounded-md px-2 py-1 text-center text-ink-2 has-[:checked]:bg-surface has-[:checked]:text-ink has-[:checked]:shadow-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-[var(--focus)]"
          >
            <input
              type="radio"
              name={name}
              value={key}
              checked={value === key}
              onChange={() => onChange(key)}
              className="sr-only"
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
