import { parseArticle } from './parse-article';

/**
 * A short made-up article in the shipped articles' shape: a title and a standfirst, a
 * photograph's caption and credit, a byline, a date line, quoted paragraphs and a site's footer.
 */
const SAMPLE = [
  'Die Allianz berät in Brüssel über die Lage im Osten',
  'Der Generalsekretär fordert die Mitglieder auf, „mehr für die gemeinsame Verteidigung zu tun“',
  'Teilen',
  'Ein Konvoi auf einer Landstraße im Osten des Landes. (Kredit: Nachrichtenagentur) [Foto: Agentur]',
  'von Anna Beispiel',
  '12. März 2024',
  'Am Mittwoch kamen die Verteidigungsminister der Allianz in Brüssel zusammen, um über die Lage im Osten und über neue Zusagen zu beraten.',
  '„Wir müssen verstehen, dass diese Lage noch lange dauern kann“, sagte der Generalsekretär auf einer Pressekonferenz. Er stellte jedoch klar: „Es gibt keinen Zweifel an unserer Bereitschaft.“',
  'Nach Angaben von Diplomaten wurden 2.500 weitere Soldaten zugesagt; die Beratungen sollen im Juni fortgesetzt werden.',
  'source site',
  'Leave a Reply',
].join('\n\n');

/**
 * The parser's warm-up, in steps for a task each. The first article parsed after a page loads
 * runs the parser's code and regular expressions for the first time, several times as slow as
 * any after it (20 ms against 2 ms for a shipped article on a desktop CPU, four times that on a
 * phone). A page that takes these steps while its article downloads parses the article in about
 * half the time, and no step takes long: the first parse of anything costs about 10 ms, so the
 * first step is the sample's head alone (bench row 12). Each returns whether it parsed.
 */
export const PARSER_WARM_UP: ReadonlyArray<() => boolean> = [
  () => parseArticle('warm-up', SAMPLE.split('\n\n').slice(0, 3).join('\n\n')).ok,
  () => parseArticle('warm-up', SAMPLE).ok,
];

export { SAMPLE as WARM_UP_SAMPLE };
