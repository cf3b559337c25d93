import { describe, expect, it } from 'vitest';
import { analyseQuotes, findQuotes } from './find-quotes';
import { articleOf } from './test-article.fixture';

function speakers(...paragraphs: string[]): Array<[string, string | undefined]> {
  return findQuotes(articleOf(...paragraphs)).map((q) => [q.text, q.speaker?.name]);
}

describe('speaker before the quote', () => {
  it('after a colon: "Stoltenberg sagte: „…“"', () => {
    expect(
      speakers(
        'Der NATO-Generalsekretär Jens Stoltenberg war in Sofia. Stoltenberg sagte: „Wir stehen bereit.“',
      ),
    ).toEqual([['Wir stehen bereit.', 'Jens Stoltenberg']]);
  });

  it('inverted: "erklärte der polnische Außenminister Radosław Sikorski, dass …: „…“", not the newspaper', () => {
    expect(
      speakers(
        'Am Samstag erklärte der polnische Außenminister Radosław Sikorski gegenüber dem Guardian, dass man rede: „Das ist eine glaubwürdige Drohung.“',
      ),
    ).toEqual([['Das ist eine glaubwürdige Drohung.', 'Radosław Sikorski']]);
  });

  it('a partial quote governed by a verb of saying: "bezeichnete … als „sehr ernste“ Eskalation"', () => {
    const [q] = findQuotes(
      articleOf(
        'Verteidigungsminister Lloyd Austin bezeichnete die Lage als „sehr ernste“ Eskalation.',
      ),
    );
    expect(q?.speaker?.name).toBe('Lloyd Austin');
    expect(q?.speaker?.role).toBe('Verteidigungsminister');
    expect(q?.fragment).toBe(true);
  });

  it('a document: "Das Kommuniqué von Sofia rief dazu auf, „…“"', () => {
    const [q] = findQuotes(
      articleOf('Das Kommuniqué von Sofia rief dazu auf, „die Unterstützung anzuprangern“.'),
    );
    expect(q?.speaker).toMatchObject({ name: 'Kommuniqué von Sofia', kind: 'group' });
  });

  it('the speaker of a quote ends up where the text names them', () => {
    const a = articleOf('Kreml-Sprecher Dmitri Peskow antwortete: „Sie sind schon dabei.“');
    const [q] = findQuotes(a);
    expect(q?.speaker && a.text.slice(q.speaker.start, q.speaker.end)).toBe('Dmitri Peskow');
  });
});

describe('speaker after the quote', () => {
  it('"„…“, sagte Kreml-Sprecher Dmitri Peskow."', () => {
    expect(
      speakers(
        '„Die NATO kokettiert mit militärischer Rhetorik“, sagte Kreml-Sprecher Dmitri Peskow.',
      ),
    ).toEqual([['Die NATO kokettiert mit militärischer Rhetorik', 'Dmitri Peskow']]);
  });

  it('"„…“, so der Generalsekretär": the last person with that role', () => {
    const quotes = findQuotes(
      articleOf(
        'NATO-Generalsekretär Jens Stoltenberg reiste nach Sofia. Dort traf er Außenminister Ivan Petrov.',
        '„Wir helfen, solange es nötig ist“, so der Generalsekretär.',
      ),
    );
    expect(quotes[0]?.speaker).toMatchObject({ name: 'Jens Stoltenberg', source: 'role' });
  });

  it('"der Kremlsprecher" (one word) and adjectives pick the right person', () => {
    const quotes = findQuotes(
      articleOf(
        'Der britische Außenminister David Cameron und der polnische Außenminister Radosław Sikorski trafen Kremlsprecher Dmitri Peskow.',
        '„Es gibt nichts zu besprechen“, sagte der britische Außenminister. „Wir warten“, sagte der Kremlsprecher.',
      ),
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['David Cameron', 'Dmitri Peskow']);
  });

  it('"…“, heißt es in einer Erklärung der NATO": the owner of the document', () => {
    expect(
      speakers(
        'Die Chefs treffen sich, „um Fragen von Bedeutung zu diskutieren“, heißt es in einer Erklärung der NATO.',
      ),
    ).toEqual([['um Fragen von Bedeutung zu diskutieren', 'NATO']]);
  });
});

describe('reported sources', () => {
  it('"laut X"', () => {
    expect(
      speakers(
        'Laut Außenministerin Annalena Baerbock ist die Lage „ernst, aber nicht hoffnungslos“.',
      ),
    ).toEqual([['ernst, aber nicht hoffnungslos', 'Annalena Baerbock']]);
  });

  it('"X zufolge"', () => {
    expect(speakers('Dem Kreml zufolge ist das „eine Provokation“.')).toEqual([
      ['eine Provokation', 'Kreml'],
    ]);
  });
});

describe('pronouns', () => {
  it('"er" in the same paragraph is the last person named', () => {
    expect(
      speakers(
        'Kreml-Sprecher Dmitri Peskow äußerte sich. Auf die Frage nach der NATO antwortete er: „Sie sind schon dabei.“',
      ),
    ).toEqual([['Sie sind schon dabei.', 'Dmitri Peskow']]);
  });

  it('"sagte er" in the next paragraph, not a name inside the quote', () => {
    expect(
      speakers(
        'Stoltenberg nannte den Konflikt existenziell. Der Präsident Wladimir Putin schwieg.',
        'Das meinte NATO-Generalsekretär Jens Stoltenberg ernst.',
        '„Wenn Putin gewinnt, ist das gefährlich“, sagte er.',
      ),
    ).toEqual([['Wenn Putin gewinnt, ist das gefährlich', 'Jens Stoltenberg']]);
  });

  it('"sie" with a verb in the singular', () => {
    expect(
      speakers(
        'Die UN-Botschafterin Anna Ewstignejewa hörte zu. Dann sagte sie: „Wir sind hier nicht vor Gericht.“',
      ),
    ).toEqual([['Wir sind hier nicht vor Gericht.', 'Anna Ewstignejewa']]);
  });

  it('a quote in a paragraph of its own after "Und er ergänzte:"', () => {
    expect(
      speakers(
        'Am Rande sagte der US-Verteidigungsminister Lloyd Austin:',
        '"Unsere Entschlossenheit gilt für alle Jahreszeiten."',
        'Und er ergänzte:',
        '"Wir werden weiter ausbauen."',
      ),
    ).toEqual([
      ['Unsere Entschlossenheit gilt für alle Jahreszeiten.', 'Lloyd Austin'],
      ['Wir werden weiter ausbauen.', 'Lloyd Austin'],
    ]);
  });
});

describe('quotes that run on', () => {
  it('a quote over three sentences is one quote', () => {
    const quotes = findQuotes(
      articleOf('Sikorski sagte: „Europa hat abgerüstet. Das war ein Fehler. Es hinkt hinterher.“'),
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe('Europa hat abgerüstet. Das war ein Fehler. Es hinkt hinterher.');
  });

  it('a second quote with no verb of its own continues the speaker before it', () => {
    expect(
      speakers(
        '„Russland muss das verstehen“, sagte Jens Stoltenberg. „Die NATO ist nicht Teil des Konflikts.“',
      ),
    ).toEqual([
      ['Russland muss das verstehen', 'Jens Stoltenberg'],
      ['Die NATO ist nicht Teil des Konflikts.', 'Jens Stoltenberg'],
    ]);
  });

  it('reported speech (Konjunktiv I) continues the speaker of the paragraph before', () => {
    expect(
      speakers(
        'Nato-Generalsekretär Jens Stoltenberg warnte, dass “die Gefahr real ist”.',
        'Sollte die Diplomatie scheitern, sei das Bündnis bereit, „erhebliche Konsequenzen“ zu schaffen.',
      ),
    ).toEqual([
      ['die Gefahr real ist', 'Jens Stoltenberg'],
      ['erhebliche Konsequenzen', 'Jens Stoltenberg'],
    ]);
  });
});

describe('quotes nobody is named for', () => {
  it('say so: no speaker', () => {
    const [q] = findQuotes(
      articleOf('Auf dem Plakat stand: „Wir bleiben hier, bis alle gehört werden.“'),
    );
    expect(q?.text).toBe('Wir bleiben hier, bis alle gehört werden.');
    expect(q?.speaker).toBeUndefined();
  });
});

describe('scare quotes, titles and names are not speech', () => {
  const reasons = (text: string) =>
    analyseQuotes(articleOf(text)).map((p) => [p.text, p.speech, p.reason]);

  it('„Achse der Herausforderung“ after "so genannte"', () => {
    expect(
      reasons('Man spricht über die so genannte „Achse der Herausforderung“ aus vier Staaten.'),
    ).toEqual([['Achse der Herausforderung', false, 'so-called']]);
  });

  it('a single noun with no verb of saying near it', () => {
    expect(reasons('Finnland baut eine „Drohnenmauer“ an der Grenze.')).toEqual([
      ['Drohnenmauer', false, 'no-speech-cue'],
    ]);
    expect(reasons('Washingtons Vorwürfe der „Eskalation“ sind heuchlerisch.')).toEqual([
      ['Eskalation', false, 'name'],
    ]);
  });

  it('a newspaper, a title, an acronym', () => {
    expect(reasons('Das berichtet das Magazin "RT DE".')[0]?.[1]).toBe(false);
    expect(reasons('Laut „Bild“ war es so.')[0]?.[1]).toBe(false);
    expect(
      reasons(
        'Ein Kommentar mit dem Titel „Truppen bedeuten einen Schritt näher zum Krieg“ erschien.',
      ),
    ).toEqual([['Truppen bedeuten einen Schritt näher zum Krieg', false, 'title']]);
  });

  it('a quote before the verb of saying is not its object', () => {
    expect(
      reasons(
        'Trotz der "beispiellosen Unterstützung" hat Stoltenberg behauptet, dass "die NATO keine Konfliktpartei" sei.',
      ),
    ).toEqual([
      ['beispiellosen Unterstützung', false, 'no-speech-cue'],
      ['die NATO keine Konfliktpartei', true, 'attributed'],
    ]);
  });

  it('a long noun phrase with no verb and no attribution', () => {
    expect(
      reasons(
        'Sie verteidigen ihre Hegemonie – die „bestehende, von den USA geführte Sicherheitsordnung“ – mit Krieg.',
      ),
    ).toEqual([['bestehende, von den USA geführte Sicherheitsordnung', false, 'no-speech-cue']]);
  });

  it('but a single word the text attributes is speech: „Freiwild“', () => {
    expect(
      speakers(
        'Der Sprecher des Weißen Hauses, John Kirby, erklärte, die Truppen seien „Freiwild“.',
      ),
    ).toEqual([['Freiwild', 'John Kirby']]);
  });
});

describe('keys', () => {
  it('are stable across offsets and typography, and number repeats', () => {
    const a = findQuotes(
      articleOf('„Wir bleiben alle hier.“, sagte er. Später: „Wir bleiben alle hier.“'),
    );
    const b = findQuotes(articleOf('Vorher ein Satz.', 'Er sagte: "Wir  bleiben alle hier!"'));
    expect(a[0]?.key).toBe(b[0]?.key);
    expect(a[1]?.key).toBe(`${a[0]?.key}-2`);
  });
});

describe('more ways of saying who speaks', () => {
  it('a verb at the end of a clause: "Wie Regierungssprecher X mitteilte, sei …"', () => {
    expect(
      speakers(
        'Wie Regierungssprecher Steffen Hebestreit mitteilte, sei die Entscheidung „noch nicht gefallen“.',
      ),
    ).toEqual([['noch nicht gefallen', 'Steffen Hebestreit']]);
  });

  it('a particle after the quote: "warf der Regierung „…“ vor"', () => {
    expect(
      speakers('CDU-Chef Friedrich Merz warf der Regierung „Versagen auf ganzer Linie“ vor.'),
    ).toEqual([['Versagen auf ganzer Linie', 'Friedrich Merz']]);
  });

  it('"nach Angaben / Ansicht des X"', () => {
    expect(
      speakers(
        'Nach Ansicht des Ökonomen Marcel Fratzscher ist eine Rezession „kaum noch zu vermeiden“.',
      ),
    ).toEqual([['kaum noch zu vermeiden', 'Marcel Fratzscher']]);
  });

  it('English: "“…,” Biden said"', () => {
    expect(speakers('“We will not back down,” Biden said on Tuesday.')).toEqual([
      ['We will not back down,', 'Biden'],
    ]);
  });

  it('"„…“ – mit diesen Worten kommentierte X"', () => {
    expect(
      speakers(
        '„Das war ein schwarzer Tag für Europa“ – mit diesen Worten kommentierte EU-Kommissionspräsidentin Ursula von der Leyen das Ergebnis.',
      ),
    ).toEqual([['Das war ein schwarzer Tag für Europa', 'Ursula von der Leyen']]);
  });

  it('somebody described, not named: "Sein Anwalt erklärte: „…“"', () => {
    expect(
      speakers(
        'Der Angeklagte schwieg. Sein Anwalt erklärte hingegen: „Mein Mandant ist unschuldig.“',
      ),
    ).toEqual([['Mein Mandant ist unschuldig.', 'Anwalt']]);
  });

  it('a quote with no comma before the verb is the subject, not speech: „Fridays for Future“ rief …', () => {
    expect(
      findQuotes(articleOf('Die Initiative „Fridays for Future“ rief zu Protesten auf.')),
    ).toEqual([]);
    expect(findQuotes(articleOf('„Fridays for Future“ rief zu Protesten auf.'))).toEqual([]);
  });
});
