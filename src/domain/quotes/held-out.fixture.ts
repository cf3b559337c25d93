/**
 * A small held-out check, written after the rules were tuned on the seeds and run once without
 * changing the rules for it: news-agency style paragraphs (invented, not from the seeds) with the
 * quotations a person marks in them. It shows how far the seed figures carry to other text.
 */
import type { NotSpeechQuote, SpeechQuote } from './seed-quotes.fixture';

export const HELD_OUT_PARAGRAPHS: string[] = [
  '„Wir werden alles tun, um die Waffenruhe zu sichern“, sagte Bundeskanzler Olaf Scholz am Montag in Berlin.',
  'Die französische Regierungssprecherin Prisca Thevenot erklärte: „Frankreich steht an der Seite der Ukraine.“',
  'Nach Angaben des ukrainischen Generalstabs wurden in der Nacht 30 Drohnen abgeschossen. Selenskyj sprach von einem „zynischen Angriff“ auf zivile Infrastruktur.',
  'Die Opposition kritisierte den Plan als „Luftnummer“. „Das ist inakzeptabel“, hieß es aus dem Auswärtigen Amt.',
  'Kremlchef Wladimir Putin äußerte sich am Abend im Staatsfernsehen. Der Kremlchef warnte den Westen vor einer „gefährlichen Eskalation“.',
  'Außenministerin Annalena Baerbock traf ihren Amtskollegen in Kiew. „Wir sind bereit zu verhandeln, aber nicht um jeden Preis“, betonte sie.',
  'Ein Sprecher des Pentagons sagte der Nachrichtenagentur Reuters, man prüfe die Berichte. Der „Spiegel“ berichtete zuerst über die Pläne.',
  'In der sogenannten „Koalition der Willigen“ wächst der Unmut.',
  '„Es gibt keine militärische Lösung“, sagte UN-Generalsekretär António Guterres. „Nur Verhandlungen können diesen Krieg beenden.“',
  'Die Zeitung „Kommersant“ zitierte einen Diplomaten mit den Worten: „Die Gespräche sind festgefahren.“',
  'Die Demonstranten riefen „Frieden jetzt“ und trugen Transparente.',
  'Laut dem Militärexperten Gustav Gressel ist die Lage „ernst, aber stabil“.',
  '„Wir haben keine Wahl“, so Verteidigungsminister Boris Pistorius.',
  'Der Begriff „Zeitenwende“ prägte die Debatte. US-Präsident Joe Biden nannte Putin einen „Kriegsverbrecher“.',
];

export const HELD_OUT_SPEECH: Omit<SpeechQuote, 'seed'>[] = [
  { contains: 'alles tun, um die Waffenruhe', speaker: ['Scholz'] },
  { contains: 'Frankreich steht an der Seite', speaker: ['Thevenot'] },
  { contains: 'zynischen Angriff', speaker: ['Selenskyj'], fragment: true },
  { contains: 'Luftnummer', speaker: ['Opposition'], fragment: true },
  { contains: 'Das ist inakzeptabel', speaker: ['Auswärtig'] },
  { contains: 'gefährlichen Eskalation', speaker: ['Putin'], fragment: true },
  { contains: 'Wir sind bereit zu verhandeln', speaker: ['Baerbock'] },
  { contains: 'Es gibt keine militärische Lösung', speaker: ['Guterres'] },
  { contains: 'Nur Verhandlungen können', speaker: ['Guterres'] },
  { contains: 'Die Gespräche sind festgefahren', speaker: ['Diplomat'] },
  { contains: 'Frieden jetzt', speaker: ['Demonstranten'] },
  { contains: 'ernst, aber stabil', speaker: ['Gressel'], fragment: true },
  { contains: 'Wir haben keine Wahl', speaker: ['Pistorius'] },
  { contains: 'Kriegsverbrecher', speaker: ['Biden'], fragment: true },
];

export const HELD_OUT_NOT_SPEECH: Omit<NotSpeechQuote, 'seed'>[] = [
  { text: 'Spiegel', why: 'a newspaper' },
  { text: 'Koalition der Willigen', why: 'a term ("sogenannten")' },
  { text: 'Kommersant', why: 'a newspaper' },
  { text: 'Zeitenwende', why: 'a term ("Der Begriff")' },
];
