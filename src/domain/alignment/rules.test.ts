/**
 * One test per rule added for paraphrase (2026-12-06): the concept lexicon (events and
 * actors), the "zu" inside an infinitive, people's roles, and the same-speaker frame.
 */
import { describe, expect, it } from 'vitest';
import { alignArticles } from './align';
import { conceptsOf } from './concepts';
import { rolesOfPeople } from './people';
import { stem, withoutInfixZu } from './terms';
import { article } from './test-articles.fixture';

const names = (word: string): string[] =>
  conceptsOf(stem(word.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u'))).map(
    (c) => c.name,
  );
const score = (a: string, b: string): number =>
  alignArticles(article(a), article(b), { minScore: 0 }).pairs[0]?.score ?? 0;

describe('concept lexicon (concepts.ts)', () => {
  it('puts the members of a family under one concept, by stem', () => {
    expect(names('Sieg')).toEqual(['sieg']);
    expect(names('Niederlage')).toEqual(['sieg']);
    expect(names('gewinnen')).toEqual(['sieg']);
    expect(names('Feuerpause')).toEqual(['waffenruhe']);
    expect(names('Stadtrat')).toEqual([]);
  });

  it('finds a closed compound by its head, but a listed whole word first', () => {
    expect(names('Kampfdrohnen')).toContain('waffen');
    expect(names('Artilleriemunition')).toContain('munition');
    expect(names('Waffenruhe')).toEqual(['waffenruhe']);
  });

  it('knows states by their own names only, never as the end of a compound', () => {
    expect(names('Moskau')).toEqual(['ru']);
    expect(names('Kreml')).toEqual(['ru']);
    expect(names('russischen')).toEqual(['ru']);
    expect(names('Kremlgegner').filter((n) => n === 'ru')).toEqual([]);
  });

  it('makes a state\'s names one term: "Moskau" meets "Russland" as "Russland" does', () => {
    const a = 'Russland lehnte den Vorschlag einer Feuerpause am Montag in Genf ab.';
    const viaCapital = 'Moskau lehnte den Vorschlag einer Feuerpause am Montag in Genf ab.';
    expect(score(a, viaCapital)).toBeGreaterThan(0.99);
  });

  it('adds a shared event concept at a lower weight, and a concept alone pairs nothing', () => {
    const a = 'Der Kanzler sprach in Kiew über den Sieg der Ukraine.';
    const withFamily = 'Der Kanzler sprach in Kiew über eine Niederlage der Ukraine.';
    const without = 'Der Kanzler sprach in Kiew über eine Reform der Ukraine.';
    expect(score(a, withFamily)).toBeGreaterThan(score(a, without));
    const onlyConcept = alignArticles(
      article('Der Sieg kam überraschend.'),
      article('Eine Niederlage zeichnete sich ab.'),
      { minScore: 0 },
    );
    expect(onlyConcept.pairs).toEqual([]);
  });
});

describe('"zu" inside an infinitive (terms.ts)', () => {
  it('is taken out after a separable prefix, so the verb meets its noun', () => {
    expect(withoutInfixZu('abzuschaffen')).toBe('abschaffen');
    expect(withoutInfixZu('vorzubereiten')).toBe('vorbereiten');
    expect(stem(withoutInfixZu('abzuschaffen'))).toBe(stem('abschaffung'));
    expect(withoutInfixZu('abzug')).toBe('abzug');
    expect(withoutInfixZu('umzusetzen')).toBe('umzusetzen');
  });
});

describe('people and their roles (people.ts)', () => {
  const roles = (text: string): Map<string, string> =>
    rolesOfPeople(text, [[0, text.length]]).roles;

  it('reads a role right before a name, and a role with the name as an apposition', () => {
    expect(roles('NATO-Generalsekretär Jens Stoltenberg sprach.').get('generalsekretar')).toBe(
      'stoltenberg',
    );
    expect(
      roles(
        'Das sagte der Generalsekretär der Atlantischen Allianz, Jens Stoltenberg, am Abend.',
      ).get('generalsekretar'),
    ).toBe('stoltenberg');
  });

  it('takes at most two names and skips an initial', () => {
    expect(
      roles('Generalsekretär Jens Stoltenberg China kritisierte.').get('generalsekretar'),
    ).toBe('stoltenberg');
    expect(roles('Präsident Wladimir V. Putin sprach.').get('prasident')).toBe('putin');
  });

  it('drops a role given to two people', () => {
    const text = 'Präsident Joe Biden traf Präsident Wladimir Putin.';
    expect(roles(text).has('prasident')).toBe(false);
    expect([...rolesOfPeople(text, [[0, text.length]]).surnames].sort()).toEqual(['bid', 'putin']);
  });

  it('knows a role noun from a verb of the same stem', async () => {
    const { isRoleWord } = await import('./people');
    expect(isRoleWord('sprecher')).toBe(true);
    expect(isRoleWord('generalsekretarin')).toBe(true);
    expect(isRoleWord('sprechen')).toBe(false);
    expect(isRoleWord('botschaft')).toBe(false);
  });

  it('lets a bare role stand for its person in the alignment', () => {
    const a = article(
      'NATO-Generalsekretär Mark Rutte traf die Minister.',
      'Der Generalsekretär forderte höhere Ausgaben für Munition.',
    );
    const b = article('Rutte forderte höhere Ausgaben für Munition.');
    const c = article('Müller forderte höhere Ausgaben für Munition.');
    const withRole = alignArticles(a, b, { minScore: 0 }).pairs;
    const other = alignArticles(a, c, { minScore: 0 }).pairs;
    expect(withRole[0]?.score ?? 0).toBeGreaterThan(other[0]?.score ?? 0);
  });
});

describe('same speaker on the same point (align.ts, frame)', () => {
  it('raises a pair that names the same person and shares two event concepts', () => {
    const a = article(
      'Präsident Emmanuel Macron sprach in Paris.',
      'Macron hält die Hilfe für unerlässlich, sagte er am Abend in Lyon.',
    );
    const frame = article(
      'Präsident Emmanuel Macron sprach in Paris.',
      'Macron nennt die Lieferungen nötig, sagte er am Abend in Lyon.',
    );
    const samePersonOnly = article(
      'Präsident Emmanuel Macron sprach in Paris.',
      'Macron nennt die Reform gelungen, sagte er am Abend in Lyon.',
    );
    const second = (x: ReturnType<typeof alignArticles>): number =>
      x.pairs.find((p) => p.a.start > 0)?.score ?? 0;
    const withFrame = second(alignArticles(a, frame, { minScore: 0 }));
    const without = second(alignArticles(a, samePersonOnly, { minScore: 0 }));
    expect(without).toBeGreaterThan(0);
    expect(withFrame - without).toBeGreaterThan(0.15);
  });
});
