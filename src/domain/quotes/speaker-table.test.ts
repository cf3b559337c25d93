import { describe, expect, it } from 'vitest';
import { applySpeakerCorrections, withSpeakerCorrection } from './corrections';
import { findQuotes } from './find-quotes';
import { speakerKey } from './speaker-key';
import { groupQuotesBySpeaker, speakerTable } from './speaker-table';
import { articleOf } from './test-article.fixture';

const A = findQuotes(
  articleOf(
    '„Russland muss die Rhetorik beenden“, sagte NATO-Generalsekretär Jens Stoltenberg.',
    'Kreml-Sprecher Dmitri Peskow antwortete: „Die NATO ist schon dabei.“',
    'Auf dem Plakat stand: „Wir bleiben hier, bis alle gehört werden.“',
  ),
);
const B = findQuotes(
  articleOf(
    'Stoltenberg sagte: „Wir werden die Ukraine weiter unterstützen.“',
    'Der Kreml-Sprecher Dmitry Peskov erklärte: „Das ist eine Provokation.“',
  ),
);

describe('speakerKey', () => {
  it('groups a surname with the full name and the name with its role', () => {
    const keys = ['Stoltenberg', 'Jens Stoltenberg', 'NATO-Generalsekretär Jens Stoltenberg'].map(
      (n) => speakerKey(n),
    );
    expect(new Set(keys).size).toBe(1);
    expect(speakerKey('Jens Stoltenberg', 'person')).toBe(keys[0]);
  });

  it('groups transliterations and keeps groups whole', () => {
    expect(speakerKey('Dmitri Peskow')).toBe(speakerKey('Dmitry Peskov'));
    expect(speakerKey('Sergej Lawrow')).toBe(speakerKey('Lavrov'));
    expect(speakerKey('Wall Street Journal', 'group')).not.toBe(
      speakerKey('Financial Journal', 'group'),
    );
  });
});

describe('speakerTable', () => {
  it('counts quotes per speaker and article, one row per person', () => {
    const table = speakerTable([
      { id: 'a', quotes: A },
      { id: 'b', quotes: B },
    ]);
    expect(table.articles).toEqual(['a', 'b']);
    expect(table.rows.map((r) => [r.name, r.counts, r.total])).toEqual([
      ['Dmitri Peskow', { a: 1, b: 1 }, 2],
      ['Jens Stoltenberg', { a: 1, b: 1 }, 2],
    ]);
    expect(table.rows[1]?.roles).toEqual(['NATO-Generalsekretär']);
    expect(table.unattributed).toEqual({ a: 1 });
  });

  it('lists a role once however its adjective is declined ("der russische" / "russischer Außenminister")', () => {
    const quotes = findQuotes(
      articleOf(
        '„Das ist eine Provokation“, sagte der russische Außenminister Sergej Lawrow.',
        'Sergej Lawrow, russischer Außenminister, erklärte: „Wir sind bereit.“',
        'Der stellvertretende Außenminister Sergej Rjabkow sagte: „Nein.“',
      ),
    );
    const [lawrow] = groupQuotesBySpeaker([{ id: 'a', quotes }]).speakers;
    expect(lawrow?.quotes).toHaveLength(2);
    expect(lawrow?.roles).toHaveLength(1);
  });

  it('applies the reader’s corrections, joining the row of a speaker found by the rules', () => {
    const poster = A[2];
    if (!poster) throw new Error('no third quote');
    const table = speakerTable(
      [
        { id: 'a', quotes: A },
        { id: 'b', quotes: B },
      ],
      { a: { [poster.key]: 'Stoltenberg' } },
    );
    expect(table.rows.find((r) => r.name === 'Jens Stoltenberg')?.counts).toEqual({ a: 2, b: 1 });
    expect(table.unattributed).toEqual({});
  });
});

describe('applySpeakerCorrections', () => {
  it('sets a speaker, keeps what the rules said, and places a known speaker where the text names them', () => {
    const poster = A[2];
    if (!poster) throw new Error('no third quote');
    const [, , corrected] = applySpeakerCorrections(A, { [poster.key]: 'Dmitri Peskow' });
    expect(corrected?.speaker).toMatchObject({
      name: 'Dmitri Peskow',
      source: 'reader',
      kind: 'person',
    });
    expect(corrected?.speaker?.start).toBe(A[1]?.speaker?.start);
    expect(corrected?.original).toBeNull();
  });

  it('an empty name makes a quote unattributed; other quotes are untouched', () => {
    const first = A[0];
    if (!first) throw new Error('no quote');
    const out = applySpeakerCorrections(A, { [first.key]: '' });
    expect(out[0]?.speaker).toBeUndefined();
    expect(out[0]?.original?.name).toBe('Jens Stoltenberg');
    expect(out[1]).toBe(A[1]);
  });

  it('an unknown name gets an empty place at the quote', () => {
    const first = A[0];
    if (!first) throw new Error('no quote');
    const [c] = applySpeakerCorrections(A, { [first.key]: 'Annalena Baerbock' });
    expect(c?.speaker).toMatchObject({ start: first.start, end: first.start, source: 'reader' });
  });

  it('withSpeakerCorrection adds and removes without touching the map it was given', () => {
    const one = withSpeakerCorrection(undefined, 'q1', ' Peskow ');
    expect(one).toEqual({ q1: 'Peskow' });
    const none = withSpeakerCorrection(one, 'q1', undefined);
    expect(none).toEqual({});
    expect(one).toEqual({ q1: 'Peskow' });
  });
});

describe('groupQuotesBySpeaker', () => {
  it('lists each speaker’s quotes with their article, most quoted first', () => {
    const { speakers, unattributed } = groupQuotesBySpeaker([
      { id: 'a', quotes: A },
      { id: 'b', quotes: B },
    ]);
    expect(speakers[0]?.quotes.map((q) => q.articleId)).toEqual(['a', 'b']);
    expect(unattributed.map((u) => u.quote.text)).toEqual([
      'Wir bleiben hier, bis alle gehört werden.',
    ]);
  });
});
