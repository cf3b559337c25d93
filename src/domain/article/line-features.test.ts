import { describe, expect, it } from 'vitest';
import {
  promotedAuthor,
  endsSentence,
  isCaptionLine,
  isImageLabel,
  isSentenceLike,
  isTitleLike,
  parseByline,
} from './line-features';

describe('parseByline', () => {
  it.each([
    ['von Alex Lantier', 'Alex Lantier'],
    ['Von Anna Schmidt und Jens Müller', 'Anna Schmidt und Jens Müller'],
    ['By Jane Doe and John Smith', 'Jane Doe and John Smith'],
    ['Autorin: Ute Meyer-Lange', 'Ute Meyer-Lange'],
    ['von Ursula von der Leyen', 'Ursula von der Leyen'],
  ])('reads %j', (line, byline) => {
    expect(parseByline(line)?.byline).toBe(byline);
  });

  it('splits off a date after a comma', () => {
    expect(parseByline('von Alex Lantier, 29. Mai 2024')).toEqual({
      byline: 'Alex Lantier',
      date: { iso: '2024-05-29', precision: 'day' },
      full: 'Alex Lantier, 29. Mai 2024',
    });
  });

  it.each([
    'Von Moskau aus gesehen ist das eine Provokation.',
    'von der NATO bereitgestellte Raketen',
    'Vonovia meldet Gewinne',
    'by 2024',
    'von',
  ])('does not take %j for a byline', (line) => {
    expect(parseByline(line)).toBeUndefined();
  });
});

describe('isCaptionLine', () => {
  it.each([
    'Ein HIMARS-System der US-Marines auf der Marine Corps Base Camp Pendleton. (Kredit: US-Marines) [Foto: US-Marines]',
    'NATO Secretary General Jens Stoltenberg speaks during a news conference in Brussels, Belgium March 23, 2022. REUTERS/Gonzalo Fuentes',
    'Sergej Lawrow, russischer Außenminister, drohte einen direkten Krieg (Reuters/Evgenia Novozhenina)',
    'Foto: Michael Kappeler/dpa',
    'Olaf Scholz in Meseberg (AP Photo/Markus Schreiber)',
    'Ein Panzer bei Charkiw © Imago',
  ])('recognises %j', (line) => {
    expect(isCaptionLine(line)).toBe(true);
  });

  it.each([
    'Laut Reuters hat Nordkorea bis zu 12.000 Soldaten nach Russland geschickt.',
    'Umfragen haben ergeben, dass 68 Prozent dagegen sind (Quelle: YouGov).',
    'Die Fotos zeigen Soldaten beim Training.',
    'Im Jahr 2022/23 stiegen die Ausgaben.',
  ])('leaves prose alone: %j', (line) => {
    expect(isCaptionLine(line)).toBe(false);
  });
});

describe('sentence and title shapes', () => {
  it('endsSentence looks through closing quotes and brackets', () => {
    expect(endsSentence('Er sagte: „Sie sind schon dabei.“')).toBe(true);
    expect(endsSentence('„diese Rhetorik zu beenden“')).toBe(false);
    expect(endsSentence('(so der Sprecher.)')).toBe(true);
    expect(endsSentence('')).toBe(false);
  });

  it('isSentenceLike wants six words and a sentence end, or thirty words', () => {
    expect(isSentenceLike('Moskau sieht das anders.')).toBe(false);
    expect(isSentenceLike('Moskau sieht das ganz und gar anders.')).toBe(true);
    expect(
      isSentenceLike('Am Rande der Beratungen sagte der US-Verteidigungsminister Lloyd Austin:'),
    ).toBe(true);
    expect(isSentenceLike(`${'Wort '.repeat(30)}ohne Punkt`)).toBe(true);
    expect(
      isSentenceLike('Die NATO warnte Russland davor, dass es keinen Atomkrieg gewinnen kann'),
    ).toBe(false);
  });

  it('isTitleLike accepts headlines and refuses statements and long lines', () => {
    expect(isTitleLike('NATO bereitet direktes Eingreifen in den Russland-Ukraine-Krieg vor')).toBe(
      true,
    );
    expect(isTitleLike('Was will Putin?')).toBe(true);
    expect(isTitleLike('„Wir sind nicht vor Gericht“')).toBe(true);
    expect(isTitleLike('Moskau sieht das anders.')).toBe(false);
    expect(isTitleLike('Und er ergänzte:')).toBe(false);
    expect(isTitleLike('kleingeschrieben beginnt kein Titel')).toBe(false);
    expect(isTitleLike(`Titel ${'lang '.repeat(40)}`)).toBe(false);
  });

  it('isImageLabel is one to three words without punctuation', () => {
    expect(isImageLabel('Infobae')).toBe(true);
    expect(isImageLabel('Getty Images')).toBe(true);
    expect(isImageLabel('Ein Satz.')).toBe(false);
    expect(isImageLabel('eins zwei drei vier')).toBe(false);
  });
});

describe('promotedAuthor', () => {
  it('finds the author a short blurb promotes', () => {
    expect(
      promotedAuthor(
        'Seit dem ersten Golfkrieg führen die USA Krieg. Gestützt auf ein marxistisches Verständnis analysiert David North die Militärinterventionen der letzten 30 Jahre.',
      ),
    ).toBe('David North');
  });

  it('leaves reporting alone: quotations, longer paragraphs, no verb of authorship', () => {
    expect(
      promotedAuthor('„Wir analysieren das“, sagte Jens Stoltenberg am Dienstag.'),
    ).toBeUndefined();
    expect(
      promotedAuthor('Der Kanzler reiste nach Kiew. Dort traf er Wolodymyr Selenskyj.'),
    ).toBeUndefined();
  });
});
