import { useState } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Tag } from '@/domain/annotations/types';
import { InvalidInputError } from '@/db';
import { loadLocale } from '@/shared/i18n';
import { TagInput } from './tag-input';

const tag = (id: string, name: string, color: Tag['color'] = 'gray'): Tag => ({
  id,
  name,
  color,
  description: '',
  createdAt: '2024-01-01T00:00:00.000Z',
});

const TAGS = [
  tag('t-kraefte', 'Kräfte', 'blue'),
  tag('t-nato', 'NATO'),
  tag('t-gipfel', 'NATO-Gipfel'),
  tag('t-strasse', 'Straße'),
  tag('t-krieg', 'Ukraine-Krieg'),
];

function Harness(props: {
  initial?: string[];
  tags?: Tag[];
  onChange?: (ids: string[]) => Promise<void> | void;
  onCreate?: (name: string) => Promise<Tag>;
}) {
  const [value, setValue] = useState(props.initial ?? []);
  const [tags, setTags] = useState(props.tags ?? TAGS);
  return (
    <TagInput
      label="Tags"
      value={value}
      tags={tags}
      onChange={async (ids) => {
        await props.onChange?.(ids);
        setValue(ids);
      }}
      onCreate={async (name) => {
        const created = props.onCreate ? await props.onCreate(name) : tag(`new-${name}`, name);
        setTags((all) => [...all, created]);
        return created;
      }}
    />
  );
}

const field = () => screen.getByRole('combobox', { name: 'Tags' });
const optionNames = () => screen.queryAllByRole('option').map((o) => o.textContent);
const chipNames = () =>
  screen
    .queryAllByRole('button', { name: /^Remove tag / })
    .map((b) => b.getAttribute('aria-label')?.replace('Remove tag ', ''));

describe('TagInput', () => {
  it('shows chosen tags as chips whose remove button takes the tag off', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness initial={['t-nato', 't-kraefte']} onChange={onChange} />);
    expect(chipNames()).toEqual(['NATO', 'Kräfte']);

    await user.click(screen.getByRole('button', { name: 'Remove tag NATO' }));
    expect(onChange).toHaveBeenCalledWith(['t-kraefte']);
    expect(chipNames()).toEqual(['Kräfte']);
    expect(field()).toHaveFocus();
  });

  it('clears the field when Enter names a tag the item already has, so tags do not run together', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness initial={['t-nato']} onChange={onChange} />);
    await user.type(field(), 'nato{Enter}');
    expect(screen.getByText('“NATO” is already added.')).toBeInTheDocument();
    expect(field()).toHaveValue('');
    await user.type(field(), 'Straße{Enter}');
    expect(chipNames()).toEqual(['NATO', 'Straße']);
    expect(screen.queryByText(/already added/)).toBeNull();
  });

  it('finds “Kräfte” from “Kraefte”, as search does (one German fold for both)', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(field(), 'Kraefte');
    expect(optionNames()[0]).toBe('Kräfte');
    // The same tag, so Enter picks it instead of creating a second spelling.
    await user.keyboard('{Enter}');
    expect(chipNames()).toEqual(['Kräfte']);
  });

  it('suggests tags ignoring case, umlauts and ß, best matches first, without chosen ones', async () => {
    const user = userEvent.setup();
    render(<Harness initial={['t-nato']} />);
    await user.type(field(), 'krafte');
    expect(optionNames()).toEqual(['Kräfte', 'Create “krafte”']);

    await user.clear(field());
    await user.type(field(), 'STRASSE');
    expect(optionNames()).toContain('Straße');

    await user.clear(field());
    await user.type(field(), 'nato');
    // NATO itself is already chosen, so it is neither offered nor created again.
    expect(optionNames()).toEqual(['NATO-Gipfel']);

    await user.clear(field());
    await user.type(field(), 'krieg');
    expect(optionNames()).toEqual(['Ukraine-Krieg', 'Create “krieg”']);
  });

  it('follows the combobox pattern: expanded, controls the listbox, active descendant moves', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(field()).toHaveAttribute('aria-expanded', 'false');

    await user.type(field(), 'nato');
    expect(field()).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox');
    expect(field()).toHaveAttribute('aria-controls', listbox.id);
    const [first, second] = within(listbox).getAllByRole('option');
    expect(field()).toHaveAttribute('aria-activedescendant', first?.id);
    expect(first).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{ArrowDown}');
    expect(field()).toHaveAttribute('aria-activedescendant', second?.id);
    expect(second).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}');
    expect(field()).toHaveAttribute('aria-activedescendant', first?.id);
  });

  it('Enter picks the active suggestion and clears the field', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await user.type(field(), 'nato{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['t-gipfel']);
    expect(chipNames()).toEqual(['NATO-Gipfel']);
    expect(field()).toHaveValue('');
    expect(field()).toHaveAttribute('aria-expanded', 'false');
  });

  it('a click on a suggestion picks it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(field(), 'uk');
    await user.click(screen.getByRole('option', { name: 'Ukraine-Krieg' }));
    expect(chipNames()).toEqual(['Ukraine-Krieg']);
  });

  it('Enter on a new name creates the tag and adds it', async () => {
    const user = userEvent.setup();
    const onCreate = vi.fn(async (name: string) => tag('t-created', name, 'green'));
    const onChange = vi.fn();
    render(<Harness initial={['t-nato']} onCreate={onCreate} onChange={onChange} />);
    await user.type(field(), '  Sanktionen ');
    expect(screen.getByRole('option', { name: 'Create “Sanktionen”' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{Enter}');
    expect(onCreate).toHaveBeenCalledWith('Sanktionen');
    expect(onChange).toHaveBeenLastCalledWith(['t-nato', 't-created']);
    expect(chipNames()).toEqual(['NATO', 'Sanktionen']);
  });

  it('does not offer to create a name that exists with other case', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(field(), 'ukraine-KRIEG');
    expect(optionNames()).toEqual(['Ukraine-Krieg']);
  });

  it('Backspace in the empty field removes the last chip; with text it only edits', async () => {
    const user = userEvent.setup();
    render(<Harness initial={['t-nato', 't-kraefte']} />);
    await user.type(field(), 'ab{Backspace}{Backspace}');
    expect(chipNames()).toEqual(['NATO', 'Kräfte']);
    await user.keyboard('{Backspace}');
    expect(chipNames()).toEqual(['NATO']);
  });

  it('Escape closes the list and keeps the text; a second Escape clears it', async () => {
    const user = userEvent.setup();
    const outer = vi.fn();
    render(
      <div onKeyDown={(e) => e.key === 'Escape' && outer()}>
        <Harness />
      </div>,
    );
    await user.type(field(), 'na');
    expect(screen.getByRole('listbox')).toBeVisible();
    await user.keyboard('{Escape}');
    expect(field()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    expect(field()).toHaveValue('na');
    await user.keyboard('{Escape}');
    expect(field()).toHaveValue('');
    expect(outer).not.toHaveBeenCalled();
    // With nothing left to close, Escape reaches the surrounding popover.
    await user.keyboard('{Escape}');
    expect(outer).toHaveBeenCalledTimes(1);
  });

  it('ArrowDown opens the full list', async () => {
    const user = userEvent.setup();
    render(<Harness initial={['t-strasse']} />);
    await user.click(field());
    await user.keyboard('{Escape}{ArrowDown}');
    expect(optionNames()).toEqual(['Kräfte', 'NATO', 'NATO-Gipfel', 'Ukraine-Krieg']);
  });

  it('a second quick change builds on the first even before the new value arrives', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const arrived = vi.fn();
    function Lagging() {
      const [value, setValue] = useState<string[]>([]);
      return (
        <TagInput
          label="Tags"
          value={value}
          tags={TAGS}
          onChange={(ids) => {
            onChange(ids);
            // Like a live query: the saved value comes back a moment later.
            setTimeout(() => {
              setValue(ids);
              arrived(ids);
            }, 200);
          }}
          onCreate={() => Promise.reject(new Error('not used'))}
        />
      );
    }
    render(<Lagging />);
    await user.type(field(), 'nato{Enter}');
    expect(chipNames()).toEqual(['NATO']);
    await user.type(field(), 'kräf{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['t-nato', 't-kraefte']);
    expect(chipNames()).toEqual(['NATO', 'Kräfte']);
    // Once both saved values have come back (and before the test ends, so no timer outlives it).
    await waitFor(() => expect(arrived).toHaveBeenCalledTimes(2));
    expect(arrived).toHaveBeenLastCalledWith(['t-nato', 't-kraefte']);
    expect(chipNames()).toEqual(['NATO', 'Kräfte']);
  });

  it('shows a failed write and keeps what was typed', async () => {
    const user = userEvent.setup();
    const onCreate = vi.fn(() => Promise.reject(new InvalidInputError('Type a name for the tag.')));
    render(<Harness onCreate={onCreate} />);
    await user.type(field(), 'Neu{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Type a name for the tag.');
    expect(field()).toHaveValue('Neu');
    expect(chipNames()).toEqual([]);
  });

  it('explains a storage failure in words the user can act on', async () => {
    const user = userEvent.setup();
    const quota = new DOMException('full', 'QuotaExceededError');
    render(<Harness initial={['t-nato']} onChange={() => Promise.reject(quota)} />);
    await user.click(screen.getByRole('button', { name: 'Remove tag NATO' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/storage for Sidenote is full/);
    expect(chipNames()).toEqual(['NATO']);
  });

  describe('in German', () => {
    afterEach(() => loadLocale('en'));

    it('offers, adds, refuses and removes in German, with German quotation marks', async () => {
      await loadLocale('de');
      const user = userEvent.setup();
      render(<Harness initial={['t-nato']} />);
      expect(field()).toHaveAttribute('placeholder', 'Schlagwort hinzufügen…');
      await user.type(field(), 'Quelle');
      expect(optionNames()).toEqual(['„Quelle“ anlegen']);
      expect(screen.getByRole('listbox', { name: 'Tags: Vorschläge' })).toBeInTheDocument();
      await user.keyboard('{Enter}');
      expect(await screen.findByRole('status')).toHaveTextContent('Schlagwort Quelle hinzugefügt.');
      await user.type(field(), 'nato{Enter}');
      expect(screen.getByText('„NATO“ ist schon hinzugefügt.')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Schlagwort NATO entfernen' }));
      await waitFor(() =>
        expect(screen.getByRole('status')).toHaveTextContent('Schlagwort NATO entfernt.'),
      );
    });
  });
});
