import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Tag } from '@/domain/annotations/types';
import { loadLocale } from '@/shared/i18n';
import { DeleteTagConfirm } from './delete-tag-confirm';
import { MergeTagForm } from './merge-tag-form';
import { TagRow } from './tag-row';

const tag = (id: string, name: string): Tag => ({
  id,
  name,
  color: 'blue',
  description: '',
  createdAt: '',
});
const NATO = tag('t1', 'NATO');
const RUSSIA = tag('t2', 'Russland');

beforeEach(() => loadLocale('de'));
afterEach(() => loadLocale('en'));

describe('the tag manager in German', () => {
  it('shows a tag’s usage and actions in German', () => {
    render(
      <ul>
        <TagRow
          tag={NATO}
          usage={{ highlights: 1, articles: 2 }}
          others={[]}
          onNotice={() => {}}
          onDeleted={() => {}}
        />
      </ul>,
    );
    expect(screen.getByText('1 Markierung · 2 Artikel')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '„NATO“ umbenennen' })).toHaveTextContent(
      'Umbenennen',
    );
    expect(screen.getByRole('button', { name: 'Farbe von „NATO“: Blau' })).toBeInTheDocument();
  });

  it('asks before deleting, with the counts in the dative after "von"', () => {
    render(
      <DeleteTagConfirm
        tag={NATO}
        usage={{ highlights: 3, articles: 2 }}
        onDeleted={() => {}}
        onCancel={() => {}}
      />,
    );
    expect(
      screen.getByText(/^„NATO“ löschen\? Es wird von 3 Markierungen und 2 Artikeln verwendet\./),
    ).toBeInTheDocument();
  });

  it('says what a merge changes', () => {
    render(
      <MergeTagForm
        tag={NATO}
        others={[RUSSIA]}
        usage={{ highlights: 1, articles: 0 }}
        onMerged={() => {}}
        onCancel={() => {}}
      />,
    );
    expect(
      screen.getByText(
        'Was mit „NATO“ verschlagwortet ist (1 Markierung), bekommt stattdessen „Russland“, und „NATO“ wird entfernt. Du kannst das rückgängig machen.',
      ),
    ).toBeInTheDocument();
  });
});
