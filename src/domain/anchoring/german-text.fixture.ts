/**
 * Test support: German-like article texts built from a word list (umlauts, ß, typographic quotes
 * and dashes, soft hyphens) with recurring phrases, so that prefix and suffix matter.
 */
import fc from 'fast-check';

// prettier-ignore
export const WORDS = [
  'die', 'der', 'das', 'und', 'nicht', 'auch', 'mit', 'für', 'über', 'nach', 'gegen', 'wird',
  'wurde', 'werden', 'hat', 'haben', 'sind', 'eine', 'einen', 'dem', 'den', 'im', 'zum', 'vom',
  'Bundesregierung', 'Straße', 'Größe', 'Maßnahmen', 'Bürger', 'Öffentlichkeit', 'Gespräch',
  'Verhandlungen', 'müssen', 'können', 'außerdem', 'heißt', 'Präsident', 'Außenminister',
  'Wähler', 'Sicherheit', 'Europa', 'Wirtschaft', 'Frieden', 'Zeitung', 'berichtet', 'erklärte',
  'sagte', 'Gemeinden', 'Überschwemmung', 'Bevölkerung', 'Kanzler', 'Ministerium', 'schließlich',
  'Gesetz', 'Mehrheit', 'Opposition', 'Würde', 'Hilfe', 'Süden', 'Grenze', 'Häfen', 'Löhne',
  'Bundes\u00ADtag', 'Gewerk\u00ADschaften', 'heute', 'gestern', 'jedoch', 'bereits', 'weiterhin',
];

export const PHRASES = [
  'nach Angaben der Bundesregierung',
  'wie die Zeitung berichtet',
  'in der vergangenen Woche',
  '„Wir müssen jetzt handeln“',
  'sagte der Präsident',
  '– so der Außenminister –',
  '‚vorläufig‘',
  'am 3.\u00A0März',
];

const token = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...PHRASES) },
);

const sentence = fc.array(token, { minLength: 3, maxLength: 12 }).map((ws) => {
  const s = ws.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
});

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((ss) => ss.join(' '));

/** An article text: paragraphs separated by "\n\n". Roughly 200–3,000 characters. */
export const germanText = fc
  .array(paragraph, { minLength: 2, maxLength: 8 })
  .map((ps) => ps.join('\n\n'));

/** Characters for small edits. */
export const editChars = fc
  .array(fc.constantFrom(...'aeinrstäöüßXYZ '.split('')), { minLength: 1, maxLength: 3 })
  .map((cs) => cs.join(''));

/** A long article from a seeded generator (fast, deterministic): about `words` words. */
export function longGermanText(words: number, seed = 1): string {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const out: string[] = [];
  let count = 0;
  let inSentence = 0;
  while (count < words) {
    const word = next() < 0.08 ? pick(PHRASES) : pick(WORDS);
    out.push(inSentence === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word);
    count += word.split(' ').length;
    inSentence++;
    if (inSentence > 4 && next() < 0.15) {
      out[out.length - 1] += next() < 0.2 ? '.\n\n' : '.';
      inSentence = 0;
    }
  }
  return out.join(' ').replace(/\n\n /g, '\n\n');
}

/** Stock sentences of local news, none of them a test's passage (a number in one varies). */
const STOCK = [
  'Der Haushaltsausschuss muss den Mitteln noch zustimmen.',
  'Ob der Zeitplan zu halten ist, gilt als fraglich.',
  'Im Internet ist eine Karte mit den geplanten Umleitungen abrufbar.',
  'Die Anwohner der Bahnstrecke klagen seit Monaten über Lärm und Dreck.',
  'Ein Gutachter hatte im Auftrag des Landes erhebliche Mängel festgestellt.',
  'Die Feuerwehr war mit 24 Einsatzkräften vor Ort.',
  'Nach Angaben der Polizei wurde niemand verletzt.',
  'Bürgerinnen und Bürger können die Unterlagen im Rathaus einsehen.',
];

/**
 * `paragraphs` paragraphs of stock sentences (about 450 characters each), the `n`th such
 * filler of a text: its numbers differ from every other's, so no two fillers are copies.
 */
export const stockFiller = (n: number, paragraphs: number) =>
  Array.from({ length: paragraphs }, (_, i) =>
    STOCK.map((s, k) => s.replace(/\d+/, String(10 + n * 7 + i * 3 + k)))
      .slice(i % 3)
      .join(' '),
  ).join('\n\n');
