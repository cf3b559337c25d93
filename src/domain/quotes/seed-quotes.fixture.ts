/**
 * Hand-checked quotations in the five shipped seeds (public/seeds), read by a person before the
 * rules in this folder were tuned. Each quotation is identified by a distinctive substring of
 * its words (never by offsets), so the fixture survives parser changes that move offsets.
 *
 * What counts as what (decided by reading, not by what the rules can do):
 * - SPEECH: quoted words the text presents as somebody's words at that place: introduced by a
 *   verb of saying or writing (sagte, erklärte, warnte, schrieb, bezeichnete … als), by a colon
 *   after one, by a source phrase ("heißt es im Kommuniqué", "berichtet RT DE:"), or continuing
 *   a run of quotations from the same source in reported speech. Partial quotations woven into
 *   the author's sentence count ("bezeichnete … als „sehr ernste“ Eskalation"): they are marked
 *   `fragment`. Documents and outlets can be speakers (the Sofia communiqué, RT DE).
 * - NOT SPEECH (scare quotes): quoted words used as a term, a name, a title or with ironic
 *   distance, or the author echoing an earlier quotation, with no attribution at that place.
 * - AMBIGUOUS: a person cannot decide from the text; counted neither way.
 *
 * `speaker` lists the names a right answer may contain (any one, compared case- and
 * umlaut-insensitively with the speaker's name as the tool gives it); `null` means a person
 * cannot tell who is speaking, and the right answer is "unattributed".
 *
 * A quotation nested in another (004's RT DE report quotes „beispiellose Unterstützung“ inside
 * its own unclosed quotation; 001's headline quotes ,Weltinsel‘) belongs to the outer one.
 */

export interface SpeechQuote {
  /** The seed's three-digit prefix. */
  seed: string;
  /** A substring of the quoted words that only this quotation contains. */
  contains: string;
  /** Accepted speaker names, or null when the text does not say. */
  speaker: string[] | null;
  /** A partial quotation inside the author's own sentence. */
  fragment?: boolean;
  /** Why, where a reader might hesitate. */
  note?: string;
}

export interface NotSpeechQuote {
  seed: string;
  /** The quoted words exactly (without the marks); a reported quote with these words is a false positive. */
  text: string;
  why: string;
}

export interface AmbiguousQuote {
  seed: string;
  text: string;
  why: string;
}

export const SPEECH_QUOTES: SpeechQuote[] = [
  // 000 — WSWS on the NATO Parliamentary Assembly in Sofia
  {
    seed: '000',
    contains: 'Russland kann und muss in der Ukraine',
    speaker: ['Kommuniqué'],
    note: '„…“, heißt es im Kommuniqué von Sofia',
  },
  {
    seed: '000',
    contains: 'klar formulierte Strategie',
    speaker: ['Kommuniqué'],
    fragment: true,
    note: 'Es (das Kommuniqué) forderte eine „…“',
  },
  {
    seed: '000',
    contains: 'einige Beschränkungen für den Einsatz',
    speaker: ['Kommuniqué'],
    fragment: true,
  },
  {
    seed: '000',
    contains: 'Wenn wir ihnen sagen, dass sie den Ort',
    speaker: ['Macron'],
  },
  {
    seed: '000',
    contains: 'Die Amerikaner haben den Russen gesagt',
    speaker: ['Sikorski'],
    note: 'not the Guardian ("gegenüber dem Guardian")',
  },
  {
    seed: '000',
    contains: 'nicht nur abgerüstet, sondern auch',
    speaker: ['Sikorski'],
    fragment: true,
    note: 'runs over three sentences',
  },
  {
    seed: '000',
    contains: 'Wir haben uns auf hochwertige',
    speaker: ['Sikorski'],
    note: 'Er fügte hinzu: „…“',
  },
  {
    seed: '000',
    contains: 'die militärische Unterstützung des belarussischen',
    speaker: ['Kommuniqué'],
    fragment: true,
  },
  {
    seed: '000',
    contains: 'die Hilfe für die Ukraine … daher',
    speaker: ['Kommuniqué'],
    fragment: true,
    note: 'second quotation of the same sentence, same subject',
  },
  {
    seed: '000',
    contains: 'Die NATO kokettiert mit militärischer Rhetorik',
    speaker: ['Peskow'],
  },
  {
    seed: '000',
    contains: 'Sie sind nicht kurz davor',
    speaker: ['Peskow'],
    note: 'antwortete er',
  },

  // 001 — WSWS on North Korean troops
  {
    seed: '001',
    contains: 'nie daran gezweifelt',
    speaker: ['Putin'],
    fragment: true,
    note: 'Er erklärte …, er habe „…“; Er = Putin, previous sentence',
  },
  {
    seed: '001',
    contains: 'sehr ernste',
    speaker: ['Austin'],
    fragment: true,
    note: 'bezeichnete … als „sehr ernste“ Eskalation',
  },
  {
    seed: '001',
    contains: 'Freiwild',
    speaker: ['Kirby'],
    fragment: true,
    note: 'erklärte, die Truppen seien „Freiwild“',
  },
  {
    seed: '001',
    contains: 'Wir sind hier nicht vor Gericht',
    speaker: ['Ewstignejewa'],
  },
  {
    seed: '001',
    contains: 'Wir verzeichnen eine Zunahme',
    speaker: ['Selenskyj'],
  },
  {
    seed: '001',
    contains: 'auf das Schärfste',
    speaker: ['Cho Tae-yul', 'Borrell', 'Erklärung'],
    fragment: true,
    note: 'from their joint statement ("in einer gemeinsamen Erklärung")',
  },
  {
    seed: '001',
    contains: 'Die Stationierung nordkoreanischer Truppen',
    speaker: ['European Council on Foreign Affairs'],
  },
  {
    seed: '001',
    contains: 'nicht nur ihre Unterstützung für die Ukraine ausweiten',
    speaker: ['European Council on Foreign Affairs'],
    fragment: true,
    note: 'the think tank’s commentary continues in reported speech',
  },
  {
    seed: '001',
    contains: 'müssen mit verbesserter geheimdienstlicher Kooperation',
    speaker: ['European Council on Foreign Affairs'],
    fragment: true,
    note: 'next paragraph, still the commentary',
  },
  {
    seed: '001',
    contains: 'Südkorea davon zu überzeugen',
    speaker: ['European Council on Foreign Affairs'],
    fragment: true,
  },
  {
    seed: '001',
    contains: 'Es gibt jetzt eine koordinierte Herausforderung',
    speaker: ['Eberstadt'],
    note: 'not the American Enterprise Institute',
  },

  // 002 — Stoltenberg, Lavrov, Peskov, Guterres
  {
    seed: '002',
    contains: 'Russland muss diese gefährliche',
    speaker: ['Stoltenberg'],
    note: 'sagte der Generalsekretär der Atlantischen Allianz, Jens Stoltenberg',
  },
  {
    seed: '002',
    contains: 'Es besteht kein Zweifel an unserer Bereitschaft',
    speaker: ['Stoltenberg'],
  },
  {
    seed: '002',
    contains: 'Russland muss verstehen, dass es niemals',
    speaker: ['Stoltenberg'],
    note: 'sagte er; er = Stoltenberg, previous paragraph',
  },
  {
    seed: '002',
    contains: 'Die NATO ist nicht Teil des Konflikts',
    speaker: ['Stoltenberg'],
    note: 'a second quotation right after the first, no verb of its own',
  },
  {
    seed: '002',
    contains: 'Es ist äußerst wichtig, die Ukraine zu unterstützen',
    speaker: ['Stoltenberg'],
  },
  {
    seed: '002',
    contains: 'Ich hoffe, Sie verstehen',
    speaker: ['Lawrow'],
    note: 'sagte der russische Außenminister: the role names Lavrov (paragraph 5)',
  },
  {
    seed: '002',
    contains: 'Dies wird der direkte Zusammenstoß',
    speaker: ['Lawrow'],
  },
  {
    seed: '002',
    contains: 'eine kolossale Bedrohung',
    speaker: ['Lawrow'],
    fragment: true,
    note: 'wie er warnte; er = Lavrov two paragraphs up',
  },
  {
    seed: '002',
    contains: 'so lange wie möglich',
    speaker: ['Lawrow'],
    fragment: true,
  },
  {
    seed: '002',
    contains: 'Sie hoffen, weiterhin Waffen',
    speaker: ['Lawrow'],
    note: 'closed with a wrong mark: „…wollen „, sagte er',
  },
  {
    seed: '002',
    contains: 'existenziellen Bedrohung',
    speaker: ['Peskov'],
    fragment: true,
    note: 'argumentierte … Peskov, dass … einer „existenziellen Bedrohung“ ausgesetzt sei',
  },
  {
    seed: '002',
    contains: 'Wir haben eine Doktrin der inneren Sicherheit',
    speaker: ['Peskov'],
    note: 'not CNN ("in einem Interview mit CNN International")',
  },
  {
    seed: '002',
    contains: 'Wenn es eine existenzielle Bedrohung',
    speaker: ['Peskov'],
  },
  {
    seed: '002',
    contains: 'erschreckende Entwicklung',
    speaker: ['Guterres'],
    fragment: true,
    note: 'beschrieb … als „erschreckende Entwicklung“',
  },
  {
    seed: '002',
    contains: 'Die Aussicht auf einen Atomkonflikt',
    speaker: ['Guterres'],
  },

  // 003 — NYT (translated) on the NATO foreign ministers' meeting
  {
    seed: '003',
    contains: 'die Gefahr eines Konflikts real ist',
    speaker: ['Stoltenberg'],
    fragment: true,
    note: 'English marks “…”',
  },
  {
    seed: '003',
    contains: 'politisch und praktisch',
    speaker: ['Stoltenberg'],
    fragment: true,
    note: 'reported speech (sei) continuing Stoltenberg from the paragraph before',
  },
  {
    seed: '003',
    contains: 'erhebliche Konsequenzen',
    speaker: ['Stoltenberg'],
    fragment: true,
  },
  {
    seed: '003',
    contains: 'für Russland einen hohen Preis haben',
    speaker: ['Stoltenberg'],
    fragment: true,
  },
  {
    seed: '003',
    contains: 'um Fragen von strategischer Bedeutung',
    speaker: ['NATO'],
    fragment: true,
    note: 'heißt es in einer Erklärung der NATO',
  },

  // 004 — RT DE report, straight quotes, the outer quotation never closed
  {
    seed: '004',
    contains: 'NATO-Generalsekretär Jens Stoltenberg sagte am Dienstag',
    speaker: ['RT DE'],
    note: 'Weiter berichtet RT DE: "… (never closed)',
  },
  {
    seed: '004',
    contains: 'dass die Ukraine die Schlacht',
    speaker: ['Stoltenberg'],
    fragment: true,
  },
  {
    seed: '004',
    contains: 'unangenehm niedrig',
    speaker: ['Wall Street Journal'],
    fragment: true,
  },
  {
    seed: '004',
    contains: 'Putin gewinnt, ist das nicht nur',
    speaker: ['Stoltenberg'],
    note: 'sagte er; er = Stoltenberg (not Putin, who is named inside the quotation)',
  },
  {
    seed: '004',
    contains: 'die NATO keine Konfliktpartei',
    speaker: ['Stoltenberg'],
    fragment: true,
  },
  {
    seed: '004',
    contains: 'die gesamte westliche Militärmaschinerie',
    speaker: ['Putin'],
    fragment: true,
  },
  {
    seed: '004',
    contains: 'Unsere Entschlossenheit',
    speaker: ['Austin'],
    note: 'a paragraph of its own after "sagte … Lloyd Austin:"',
  },
  {
    seed: '004',
    contains: 'Wir werden die Verteidigungskapazitäten',
    speaker: ['Austin'],
    note: 'after "Und er ergänzte:"',
  },
];

export const NOT_SPEECH_QUOTES: NotSpeechQuote[] = [
  { seed: '000', text: 'strategische Niederlage', why: 'the author echoes the communiqué (twice)' },
  { seed: '000', text: 'Drohnenmauer', why: 'a name for a project' },
  { seed: '000', text: 'Hilfe für die Ukraine', why: 'phrases governments use ("Phrasen über")' },
  { seed: '000', text: 'europäische Kriegswirtschaft', why: 'same' },
  { seed: '001', text: 'umfassende strategische Partnerschaft', why: 'the name of a treaty' },
  { seed: '001', text: 'Eskalation', why: 'Washington’s word, held at a distance' },
  { seed: '001', text: 'roten Linien', why: 'a term' },
  { seed: '001', text: 'Achse der Herausforderung', why: 'a term ("die so genannte")' },
  {
    seed: '001',
    text: 'Nordkoreanische Truppen in Russland bedeuten einen Schritt näher zum Konflikt auf der ,Weltinsel‘',
    why: 'a headline ("mit dem Titel")',
  },
  { seed: '001', text: 'Weltinsel', why: 'a term, nested in the headline' },
  {
    seed: '001',
    text: 'bestehende, von den USA geführte Sicherheitsordnung',
    why: 'the author echoes Eberstadt two paragraphs later',
  },
  { seed: '004', text: 'RT DE', why: 'an outlet’s name' },
  {
    seed: '004',
    text: 'beispiellosen Unterstützung',
    why: 'ironic distance (twice; once nested in the RT DE quotation)',
  },
  { seed: '004', text: 'Ukraine-Kontakt-Gruppe', why: 'a name ("die sogenannte")' },
];

export const AMBIGUOUS_QUOTES: AmbiguousQuote[] = [
  {
    seed: '001',
    text: 'gegenseitige Unterstützung im Falle von Aggression gegen eine der Parteien',
    why: 'the treaty’s wording, not presented as anyone saying it',
  },
  {
    seed: '002',
    text: 'alliierte Militäroperation',
    why: 'Russia’s official term in Lavrov’s reported words, or the author’s distance',
  },
];
