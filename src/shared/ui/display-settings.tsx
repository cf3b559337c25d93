import { useId } from 'react';
import { useT, type MessageId } from '@/shared/i18n';
import { Popover } from './popover';
import { buttonClass } from './button-class';
import { Icon } from './icons';
import {
  FONT_SIZES,
  usePreferences,
  type ReaderWidth,
  type ThemeChoice,
} from '@/shared/stores/preferences';

const THEMES: Array<[ThemeChoice, MessageId]> = [
  ['system', 'ui.display.theme.system'],
  ['light', 'ui.display.theme.light'],
  ['sepia', 'ui.display.theme.sepia'],
  ['dark', 'ui.display.theme.dark'],
];

const WIDTHS: Array<[ReaderWidth, MessageId]> = [
  ['narrow', 'ui.display.width.narrow'],
  ['medium', 'ui.display.width.medium'],
  ['wide', 'ui.display.width.wide'],
];

/** Font size, line width and theme; kept across visits. */
export function DisplaySettings() {
  const t = useT();
  return (
    <Popover
      label={t('ui.display.title')}
      trigger={(props) => (
        <button
          type="button"
          {...props}
          aria-label={t('ui.display.title')}
          title={t('ui.display.title')}
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
  const t = useT();
  const id = useId();
  return (
    <div className="w-64 space-y-4 text-sm">
      <div>
        <p id={`${id}-size`} className="mb-1.5 font-medium text-ink">
          {t('ui.display.textSize')}
        </p>
        <div className="flex items-center gap-2" role="group" aria-labelledby={`${id}-size`}>
          <button
            type="button"
            className={`${buttonClass('secondary', true)} w-9 px-0`}
            aria-label={t('ui.display.smaller')}
            disabled={fontSize <= FONT_SIZES[0]}
            onClick={() => stepFontSize(-1)}
          >
            <Icon name="minus" />
          </button>
          <output className="flex-1 text-center tabular-nums text-ink" aria-live="polite">
            {t('ui.display.fontSize', { size: fontSize })}
          </output>
          <button
            type="button"
            className={`${buttonClass('secondary', true)} w-9 px-0`}
            aria-label={t('ui.display.larger')}
            disabled={fontSize >= (FONT_SIZES.at(-1) ?? 26)}
            onClick={() => stepFontSize(1)}
          >
            <Icon name="plus" />
          </button>
        </div>
      </div>
      <Choice
        legend={t('ui.display.width')}
        name={`${id}-width`}
        options={WIDTHS}
        value={width}
        onChange={setWidth}
      />
      <Choice
        legend={t('ui.display.theme')}
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
  options: Array<[T, MessageId]>;
  value: T;
  onChange: (value: T) => void;
}) {
  const t = useT();
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
            {t(label)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
