/**
 * The German words the rules look for: verbs of saying, roles, pronouns, and the words that
 * mark a quotation as a term or a title rather than speech. All lower case.
 */

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/u).filter(Boolean));
}

/** Verbs of saying that take a quotation directly (finite forms and participles). */
export const SPEECH_VERBS = set(`
  sagte sagten sagt sagen gesagt sage
  erklärte erklärten erklärt erklären erkläre
  betonte betonten betont betonen
  warnte warnten warnt gewarnt warnen
  behauptete behaupteten behauptet behaupten
  meinte meinten meint gemeint
  schrieb schrieben schreibt geschrieben
  berichtete berichteten berichtet berichten
  meldete meldeten meldet gemeldet
  antwortete antworteten antwortet geantwortet
  entgegnete entgegneten entgegnet erwiderte erwiderten erwidert konterte
  fragte fragten fragt gefragt
  forderte forderten fordert gefordert verlangte verlangten verlangt
  bezeichnete bezeichneten bezeichnet nannte nannten nennt genannt
  beschrieb beschrieben beschreibt
  argumentierte argumentierten argumentiert
  kritisierte kritisierten kritisiert
  versicherte versicherten versichert versprach versprachen verspricht versprochen
  bekräftigte bekräftigten bekräftigt unterstrich unterstrichen unterstreicht
  ergänzte ergänzten ergänzt hinzugefügt
  erläuterte erläuterten erläutert mahnte mahnten mahnt drohte drohten droht
  verkündete verkündeten verkündet verurteilte verurteilten verurteilt
  wiederholte wiederholten wiederholt zitierte zitierten zitiert
  beteuerte beteuerten beteuert bestätigte bestätigten bestätigt
  kommentierte kommentierten kommentiert twitterte twitterten
  beklagte beklagten beklagt schimpfte schimpften lobte lobten
  appellierte appellierten appelliert sprach sprachen spricht rief riefen ruft gerufen
  argwöhnte räumte räumten eingeräumt
  äußerte äußerten geäußert
  sagen erklären betonen warnen fordern kritisieren nennen sprechen schreiben meinen antworten
  mitteilte mitteilten mitgeteilt hinzufügte hinzufügten klarstellte klargestellt feststellte
  ankündigte ankündigten angekündigt hinwies hingewiesen vorwarf vorwarfen vorgeworfen
  anprangerte angeprangert zugab zugegeben bekanntgab hervorhob hervorgehoben andeutete
  ausführte aufrief aufriefen aufgerufen einräumte
  said says told added warned stressed insisted wrote asked replied explained argued claimed noted
`);

/**
 * Verbs of saying with a separable particle, which count only when the particle follows in the
 * clause ("fügte hinzu", "stellte klar", "rief dazu auf", "warf … vor").
 */
export const SEPARABLE_SPEECH_VERBS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    fügte: ['hinzu'],
    fügten: ['hinzu'],
    fügt: ['hinzu'],
    stellte: ['klar', 'fest'],
    stellten: ['klar', 'fest'],
    stellt: ['klar', 'fest'],
    rief: ['auf', 'zu'],
    riefen: ['auf', 'zu'],
    teilte: ['mit'],
    teilten: ['mit'],
    teilt: ['mit'],
    kündigte: ['an'],
    kündigten: ['an'],
    wies: ['hin', 'zurück'],
    warf: ['vor'],
    warfen: ['vor'],
    wirft: ['vor'],
    prangerte: ['an'],
    prangerten: ['an'],
    gab: ['zu', 'an', 'bekannt'],
    machte: ['deutlich', 'klar'],
    hob: ['hervor'],
    deutete: ['an'],
    führte: ['aus'],
    bestand: ['darauf'],
  }),
);

/** Konjunktiv I forms that mark reported speech ("sei das Bündnis bereit"). */
export const REPORTED_SPEECH = set(
  'sei seien habe werde könne müsse solle wolle dürfe gebe stehe liege gehe brauche wisse',
);

export const PRONOUNS = set('er sie');

export const DETERMINERS = set(`
  der die das dem den des ein eine einer einem einen eines im ins vom zum zur
  mein meine meinem meinen meiner sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer
  unser unsere unserem unseren unserer dessen deren
`);

/**
 * Roles that name a person, matched at the end of a word ("NATO-Generalsekretär",
 * "Kreml-Sprecher", "UN-Botschafterin"), with German endings.
 */
const PERSON_ROLES = `
  generalsekretär sekretär minister präsident kanzler sprecher botschafter beauftragte beauftragter
  chef vorsitzende vorsitzender direktor analyst autor rektor premier bürgermeister senator
  abgeordnete abgeordneter diplomat general admiral kommandeur befehlshaber berater experte
  professor politologe historiker journalist korrespondent koordinator leiter könig königin papst
  kommissar gouverneur richter anwalt ökonom forscher wissenschaftler kommandant denker
  vertreter herr premierminister beamte beamter staatschef regierungschef außenbeauftragte militärexperte
  oberhaupt aktivist publizist kolumnist
`;
/** Roles that name a group or a publication: their name follows ("die Denkfabrik European Council …"). */
const GROUP_ROLES = `
  denkfabrik zeitung magazin sender agentur nachrichtenagentur institut ministerium regierung blatt
  portal website tageszeitung wochenzeitung zeitschrift fernsehsender rundfunk organisation
`;

const ROLE_ENDINGS = ['', 's', 'n', 'en', 'in', 'innen', 'e', 'er', 'es'];

function endings(list: string): string[] {
  return list.split(/\s+/u).filter(Boolean);
}
const PERSON_ROLE_STEMS = endings(PERSON_ROLES);
const GROUP_ROLE_STEMS = endings(GROUP_ROLES);

function roleStem(word: string, stems: string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  for (const stem of stems) {
    for (const end of ROLE_ENDINGS) {
      const form = stem + end;
      if (w.endsWith(form) && (w.length === form.length || isCompoundJoin(w, form))) {
        if (!best || stem.length > best.length) best = stem;
      }
    }
  }
  return best;
}

/** A role at the end of a compound: "nato-generalsekretär", "verteidigungsminister". */
function isCompoundJoin(word: string, form: string): boolean {
  const before = word.slice(0, word.length - form.length);
  return before.endsWith('-') || before.length >= 3;
}

const personRoles = new Map<string, string | undefined>();
const groupRoles = new Map<string, string | undefined>();
/** Words looked up are remembered, up to this many (a long article repeats its words). */
const MEMO_LIMIT = 50_000;

function memo(
  cache: Map<string, string | undefined>,
  word: string,
  stems: string[],
): string | undefined {
  if (cache.has(word)) return cache.get(word);
  const found = roleStem(word, stems);
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(word, found);
  return found;
}

/** The role a word names ("generalsekretär" for "NATO-Generalsekretär"), if it names one. */
export function personRole(word: string): string | undefined {
  return memo(personRoles, word, PERSON_ROLE_STEMS);
}

export function groupRole(word: string): string | undefined {
  return memo(groupRoles, word, GROUP_ROLE_STEMS);
}

/** A plural role word ("Militärchefs", "Sprecherinnen"): not one person. */
export function isPluralRole(word: string): boolean {
  const w = word.toLowerCase();
  return w.endsWith('innen') || (w.endsWith('s') && !w.endsWith('ss'));
}

/** Capitalised words that are never part of a person's name: places, months, days, bodies. */
export const NOT_NAMES = set(`
  china russland ukraine moskau kiew peking washington berlin brüssel europa iran israel deutschland
  frankreich polen usa amerika japan taiwan gaza libanon syrien türkei indien nordkorea südkorea
  pjöngjang seoul london paris wien genf sofia warschau kreml nato eu uno un
  montag dienstag mittwoch donnerstag freitag samstag sonntag
  januar februar märz april mai juni juli august september oktober november dezember
  reuters afp dpa
`);

/** Words right before a quotation that make it a term, not speech. */
export const SO_CALLED = set('sogenannte sogenannten sogenannter sogenanntes so-genannte sog');

/** Words right before a quotation that make it a title or a name ("mit dem Titel „…“", "das Magazin "RT DE""). */
export const TITLE_WORDS = set(`
  titel überschrift motto schlagzeile buch film roman serie sendung programm operation kampagne
  slogan stichwort begriff wort zeitung magazin zeitschrift blatt sender portal plattform
  schiff hashtag initiative gruppe bewegung partei bündnis verein firma unternehmen projekt
  sendungen podcast kanal
`);

/** Words after which a short capitalised quotation is a name ("laut „Bild“", "im „Spiegel“"). */
export const BEFORE_NAMES = set('laut von vom in im bei beim aus der die das dem den des');

/** Prepositions that open a sentence's adverbial, not its subject ("Im selben Monat meldete …"). */
export const PREPOSITIONS = set(`
  in im an am auf aus bei beim mit nach seit von vom vor zu zum zur über unter um durch für gegen
  ohne trotz während wegen neben zwischen hinter nahe gegenüber
`);

/** Nouns of documents whose owner speaks ("in einer Erklärung der NATO"). */
export const DOCUMENT_NOUNS = set(
  'erklärung mitteilung stellungnahme bericht pressemitteilung kommuniqué kommunique communiqué note resolution',
);

/**
 * Words that may stand capitalised before a verb of saying at the start of a sentence but are
 * not anybody's name ("Weiter berichtet RT DE", "Es forderte").
 */
export const NOT_A_SPEAKER = set(`
  es er sie wir ich ihr man dies das dieses diese dieser was wer wie als wenn dann dazu heute
  gestern jetzt hier so damit daher deshalb zudem außerdem ebenfalls später zuvor kürzlich nun
  auch doch aber und dabei darauf daraufhin hierzu ferner schließlich zuletzt anschließend erst
  bereits sogar trotzdem dennoch allerdings jedoch weiter weiterhin zunächst dort inzwischen
  mittlerweile vielmehr stattdessen ebenso gleichzeitig jüngst einst
`);

/** Words after which a capitalised word starting a clause is its subject ("während Putin erklärt hatte"). */
export const CLAUSE_OPENERS = set(
  'und aber doch denn oder sondern während als wie dass weil nachdem obwohl wobei wenn da',
);

/** Finite verbs and auxiliaries: a long quotation with none of them that ends in a noun is a nominal phrase. */
export const FINITE_MARKERS = set(`
  ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können konnte konnten
  muss müssen musste mussten soll sollen sollte sollten will wollen wollte wollten darf dürfen
  gibt gab geht steht bedeutet bedeuten sei seien habe werde würde würden wäre wären hätte hätten
  bin bist
`);

/** Sentence-initial words that do not belong to the subject. */
export const CONJUNCTIONS = set('und aber doch auch denn oder sondern jedoch dann zudem');

/** English and German connectors inside names: "Council on Foreign Affairs", "von der Leyen". */
export const NAME_CONNECTORS = set('von van der de di da del al bin on of for and the');
