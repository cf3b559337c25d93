// German news-like articles of our own making for the re-anchoring edit model (issue 11): a
// title, a byline, a date line, a dateline opening the first paragraph, headings between
// sections, quotes in „…“ (some of them repeated through the article, as news text repeats a
// politician's catchword), stock phrases ("sagte ein Sprecher") and numbers. Everything is
// built from templates by a seeded generator, so each run measures the same articles.
//
// An article is a list of blocks { kind, sentences: [string] }; bench/lib/news-edits.mjs edits
// them and renders them (blocks by "\n\n", sentences by " ").

// prettier-ignore
const CITIES = ['Leipzig', 'Hannover', 'Bremen', 'Kassel', 'Erfurt', 'Magdeburg', 'Rostock', 'Freiburg', 'Augsburg', 'Münster', 'Kiel', 'Potsdam', 'Regensburg', 'Saarbrücken', 'Dortmund', 'Mainz', 'Würzburg', 'Görlitz', 'Lübeck', 'Oldenburg'];
const AGENCIES = ['dpa', 'AFP', 'epd', 'KNA', 'Reuters'];
// prettier-ignore
const MEN = ['Jürgen', 'Stefan', 'Jörg', 'Thomas', 'Mehmet', 'Björn', 'Andreas', 'Klaus', 'Özcan', 'Matthias', 'Frank', 'Günter'];
// prettier-ignore
const WOMEN = ['Katrin', 'Sabine', 'Ulrike', 'Birgit', 'Anna', 'Jana', 'Sevgi', 'Monika', 'Dörte', 'Petra', 'Claudia', 'Lena'];
// prettier-ignore
const SURNAMES = ['Müller', 'Schäfer', 'Köhler', 'Weiß', 'Krüger', 'Hoffmann', 'Brandt', 'Yılmaz', 'Lehmann', 'Vogt', 'Schröder', 'Bäumer', 'Wagner', 'Kuhn', 'Große', 'Hübner', 'Steinbrück', 'Färber'];
/** [male, female] forms of a role. */
// prettier-ignore
const ROLES = [['Oberbürgermeister', 'Oberbürgermeisterin'], ['Landrat', 'Landrätin'], ['Verkehrsminister', 'Verkehrsministerin'], ['Stadtbaurat', 'Stadtbaurätin'], ['Gewerkschaftssekretär', 'Gewerkschaftssekretärin'], ['Fraktionschef der Grünen', 'Fraktionschefin der Grünen'], ['Klinikdirektor', 'Klinikdirektorin'], ['Polizeisprecher', 'Polizeisprecherin'], ['Vorsitzende des Mieterbundes', 'Vorsitzende des Mieterbundes'], ['Kämmerer', 'Kämmerin'], ['CDU-Fraktionsvorsitzende', 'CDU-Fraktionsvorsitzende'], ['Sozialdezernent', 'Sozialdezernentin']];
const BODIES = ['Stadtrat', 'Kreistag', 'Landtag', 'Bauausschuss', 'Finanzausschuss'];
// prettier-ignore
const ORGS = ['Ministeriums', 'Landratsamts', 'Rathauses', 'Verkehrsverbunds', 'Klinikums', 'Landesamts für Umwelt', 'Mieterbundes', 'Bundes der Steuerzahler'];
// prettier-ignore
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

/** Topics with the cases the templates need, a short form and a few words of their own. */
// prettier-ignore
const TOPICS = [
  { nom: 'die Sanierung der Nordbrücke', acc: 'die Sanierung der Nordbrücke', dat: 'der Sanierung der Nordbrücke', short: 'die Brücke', thing: 'Brücke' },
  { nom: 'der Neubau des Hallenbads', acc: 'den Neubau des Hallenbads', dat: 'dem Neubau des Hallenbads', short: 'das Bad', thing: 'Hallenbad' },
  { nom: 'die Schließung der Geburtsstation', acc: 'die Schließung der Geburtsstation', dat: 'der Schließung der Geburtsstation', short: 'die Station', thing: 'Geburtsstation' },
  { nom: 'der Tarifkonflikt im Nahverkehr', acc: 'den Tarifkonflikt im Nahverkehr', dat: 'dem Tarifkonflikt im Nahverkehr', short: 'der Streik', thing: 'Nahverkehr' },
  { nom: 'die Erhöhung der Grundsteuer', acc: 'die Erhöhung der Grundsteuer', dat: 'der Erhöhung der Grundsteuer', short: 'die Steuer', thing: 'Grundsteuer' },
  { nom: 'der Ausbau der Windkraft', acc: 'den Ausbau der Windkraft', dat: 'dem Ausbau der Windkraft', short: 'der Windpark', thing: 'Windpark' },
  { nom: 'das neue Wohngebiet am Stadtrand', acc: 'das neue Wohngebiet am Stadtrand', dat: 'dem neuen Wohngebiet am Stadtrand', short: 'das Baugebiet', thing: 'Wohngebiet' },
  { nom: 'die Stilllegung der Bahnstrecke', acc: 'die Stilllegung der Bahnstrecke', dat: 'der Stilllegung der Bahnstrecke', short: 'die Strecke', thing: 'Bahnstrecke' },
  { nom: 'der Hochwasserschutz an der Mulde', acc: 'den Hochwasserschutz an der Mulde', dat: 'dem Hochwasserschutz an der Mulde', short: 'der Deich', thing: 'Deich' },
  { nom: 'die Reform der Notfallversorgung', acc: 'die Reform der Notfallversorgung', dat: 'der Reform der Notfallversorgung', short: 'die Reform', thing: 'Notaufnahme' },
];
// prettier-ignore
const QUOTES = ['Wir haben alle Alternativen sorgfältig geprüft', 'Das ist für die Beschäftigten nicht hinnehmbar', 'Die Sicherheit der Menschen hat für uns Vorrang', 'Wir lassen uns nicht unter Druck setzen', 'So kann es nicht weitergehen', 'Ich bin zuversichtlich, dass wir bis zum Sommer eine Lösung finden', 'Die Zahlen sprechen eine klare Sprache', 'Niemand hat mit einer solchen Entwicklung gerechnet', 'Wir brauchen jetzt Klarheit und keine weiteren Gutachten', 'Das Geld fehlt dann an anderer Stelle', 'Die Verwaltung hat die Bürger viel zu spät informiert', 'Am Ende zahlen die Mieterinnen und Mieter die Zeche', 'Wir werden das Ergebnis genau prüfen und dann entscheiden', 'Es gibt keinen Plan B', 'Wir stehen zu unserem Wort', 'Die Menschen in {C} haben ein Recht auf Antworten', 'Ohne Hilfe des Landes schaffen wir das nicht', 'Das Verfahren war von Anfang an schlecht vorbereitet', 'Wir sind gesprächsbereit, aber nicht um jeden Preis', 'Ich verstehe den Ärger der Anwohner sehr gut', 'Die Beschäftigten haben lange genug gewartet', 'Wer jetzt spart, zahlt später doppelt', 'Das ist ein guter Tag für {C}', 'Wir wurden über die Pläne nie informiert', 'Darüber reden wir seit zehn Jahren', 'Ich erwarte, dass das Land seine Zusagen einhält', 'Mit uns hat niemand gesprochen', 'Wir haben die Warnungen ernst genommen', 'Jetzt muss schnell gehandelt werden', 'Die Kosten laufen völlig aus dem Ruder', 'Es geht um das Vertrauen der Bürgerinnen und Bürger', 'Wir sind nicht gegen das Projekt, sondern gegen diese Planung', 'Der Zeitplan war von Anfang an unrealistisch', 'Unsere Mitglieder sind bereit, für ihre Forderungen zu kämpfen', 'Ich halte das für einen schweren Fehler', 'Wir prüfen jetzt alle rechtlichen Möglichkeiten'];
// prettier-ignore
const CATCHWORDS = ['Schlag ins Gesicht', 'Armutszeugnis', 'Etikettenschwindel', 'Desaster mit Ansage', 'längst überfällig', 'nicht hinnehmbar', 'Wortbruch', 'Salamitaktik'];
// prettier-ignore
const HEADINGS = ['Kritik aus der Opposition', 'Wie geht es weiter?', 'Kosten steigen weiter', 'Anwohner sind verärgert', 'Was bisher bekannt ist', 'Gewerkschaft droht mit Streik', 'Gutachten bis zum Herbst', 'Ein Blick zurück', 'Reaktionen', 'Die Hintergründe', 'Offene Fragen', 'Entscheidung vertagt'];

/**
 * Sentence templates. {T}/{Ta}/{Td}: the topic (nominative, accusative, dative); {S}: its
 * short form; {X}: its thing; {P}/{Q}: a person with role / surname only; {C}: the city;
 * {B}: a body; {O}: an organisation (genitive); {N}, {M}, {W}, {Y}: number, month, weekday,
 * year; {Z}: a quote; {K}: the article's catchword.
 */
// prettier-ignore
const STATEMENTS = [
  '{T} soll nach Angaben der Stadtverwaltung {N} Millionen Euro kosten.',
  'Das teilte ein Sprecher des {O} am {W} mit.',
  '{P} kündigte an, die Pläne noch vor der Sommerpause im {B} vorzustellen.',
  'Kritik kam vor allem von der Opposition.',
  'Die Entscheidung über {Ta} war bereits mehrfach verschoben worden.',
  'Nach Angaben der Polizei wurde niemand verletzt.',
  'Insgesamt seien rund {N}00 Anwohnerinnen und Anwohner betroffen, hieß es.',
  'Ein Sprecher des {O} wollte sich zu den Vorwürfen zunächst nicht äußern.',
  'Bis Ende {Y} soll ein Gutachten vorliegen.',
  'Der {B} hatte im {M} mit knapper Mehrheit für {Ta} gestimmt.',
  'Wie es weitergeht, ist offen.',
  'Die Gewerkschaft fordert {N} Prozent mehr Lohn bei einer Laufzeit von zwölf Monaten.',
  'Zuletzt waren die Kosten für {Ta} um fast ein Drittel gestiegen.',
  'Am {W}abend demonstrierten nach Polizeiangaben rund {N}00 Menschen vor dem Rathaus in {C}.',
  'Die Stadt verweist auf gestiegene Baupreise und fehlendes Personal.',
  '{Q} räumte Fehler in der Kommunikation ein.',
  'Für {Ta} stehen im laufenden Haushalt {N},5 Millionen Euro bereit.',
  'Der Landkreis prüft nach eigenen Angaben rechtliche Schritte.',
  'Betroffen sind vor allem Pendlerinnen und Pendler aus dem Umland von {C}.',
  'Eine Entscheidung wird frühestens im {M} erwartet.',
  '{S} ist seit Jahren ein Streitthema in {C}.',
  'Schon im {M} {Y} hatte der {B} über {Ta} beraten.',
  'Die Opposition wirft {Q} vor, die Öffentlichkeit zu spät informiert zu haben.',
  'Ob der Zeitplan zu halten ist, gilt als fraglich.',
  'Nach dpa-Informationen liegt ein erster Entwurf bereits vor.',
  'Das Landesamt hatte bereits im vergangenen Jahr vor Verzögerungen gewarnt.',
  '{P} verteidigte {Ta} gegen die Kritik.',
  'Mehr als {N}.000 Menschen haben eine Petition gegen {Ta} unterschrieben.',
  'Die Initiative will notfalls vor Gericht ziehen.',
  'Der {X} war zuletzt im {M} {Y} geprüft worden.',
  'Eine Sprecherin des {O} bestätigte den Eingang des Schreibens.',
  'Im {B} gilt eine Mehrheit für den Vorschlag als sicher.',
  'Der Bund der Steuerzahler hatte das Vorhaben mehrfach kritisiert.',
  'Nach Angaben von {Q} sollen die Arbeiten im {M} beginnen.',
  'Die Kosten für {Ta} haben sich seit der ersten Planung mehr als verdoppelt.',
  'Wann {S} wieder voll genutzt werden kann, ist unklar.',
  'Auch aus den Nachbargemeinden kam Widerspruch.',
  'Am {W} soll es ein Treffen mit den Beteiligten geben.',
  '{Q} sprach von einem „{K}“.',
  'Für die Opposition ist das Vorgehen ein „{K}“.',
  'Die Arbeiten an {Td} ruhen seit dem {M}.',
  'Im Rathaus von {C} herrscht Ratlosigkeit.',
  'Ein Gutachter hatte im Auftrag des {O} erhebliche Mängel festgestellt.',
  'Die Verwaltung will bis zum {W} eine Stellungnahme abgeben.',
  'Rund {N} Prozent der Befragten sprachen sich in einer Umfrage gegen {Ta} aus.',
  'Die Landesregierung hat Unterstützung in Aussicht gestellt.',
  'Wie hoch die Mehrkosten am Ende ausfallen, kann derzeit niemand sagen.',
  'Die Grünen fordern eine Sondersitzung des {B}.',
  'Seit Beginn der Planung sind mehr als {N} Jahre vergangen.',
  'Die Feuerwehr war mit {N} Einsatzkräften vor Ort.',
  '{P} hält eine Einigung noch in diesem Jahr für möglich.',
  'Der Fahrgastverband spricht von einer verpassten Chance.',
  'Auf der Bürgerversammlung am {W} blieben viele Fragen offen.',
  'Die Anwohner der {X} klagen seit Monaten über Lärm und Dreck.',
  'Der Kreishandwerkerschaft zufolge fehlen in der Region Fachkräfte.',
  'Ein Teil der Mittel stammt aus einem Förderprogramm des Bundes.',
  'Ende {M} läuft die Frist für Einwendungen ab.',
  'Laut Stadtverwaltung gibt es derzeit keine Alternative zu {Td}.',
  'Der Betriebsrat wurde nach eigenen Angaben nicht angehört.',
  'Mehrere Fraktionen haben Änderungsanträge angekündigt.',
  'Damit ist {S} vorerst vom Tisch.',
  'Eine Bürgerinitiative sammelt seit dem {M} Unterschriften.',
  'Nach Informationen dieser Zeitung gibt es intern erhebliche Zweifel.',
  '{Q} bestätigte die Zahlen am {W} auf Nachfrage.',
  'Die Polizei sperrte die Zufahrt zur {X} für mehrere Stunden.',
  'Dem Vernehmen nach sollen auch private Investoren beteiligt werden.',
  'Die nächste Sitzung des {B} ist für den {M} angesetzt.',
  'Erst im Herbst hatte das Land die Zuschüsse gekürzt.',
  'Ein Rechtsgutachten soll klären, wer für die Mehrkosten aufkommt.',
  'Der Ortsbeirat hatte sich einstimmig gegen die Pläne ausgesprochen.',
  'Viele Geschäftsleute in der Innenstadt fürchten um ihre Kundschaft.',
  'Die Debatte im {B} dauerte mehr als drei Stunden.',
  'Über die Finanzierung wird seit dem Frühjahr verhandelt.',
  'Im Netz kursieren seit Tagen widersprüchliche Angaben.',
  'Die Linke verlangt die Offenlegung aller Verträge.',
  'Der Seniorenbeirat warnt vor längeren Wegen für ältere Menschen.',
  'Nach Angaben des {O} wurden die Pläne mehrfach überarbeitet.',
  'Ein Ingenieurbüro aus {C} hatte die ersten Entwürfe geliefert.',
  'Die Elternvertretung der Grundschule hat einen offenen Brief geschrieben.',
  'Der Haushaltsausschuss muss den Mitteln noch zustimmen.',
  'Bürgerinnen und Bürger können die Unterlagen im Rathaus einsehen.',
  'Für den Fall einer Ablehnung droht das Land mit der Rückforderung der Fördergelder.',
  'Die Freien Wähler sprechen von einem Fass ohne Boden.',
  'Bereits vor zwei Jahren war ein ähnlicher Antrag gescheitert.',
  'Der Naturschutzbund kündigte eine Stellungnahme an.',
  'Zahlreiche Anwohner verfolgten die Sitzung von der Zuschauertribüne aus.',
  'Unklar ist auch, wie lange die Übergangslösung gelten soll.',
  'Die Polizei rät, den Bereich weiträumig zu umfahren.',
  'Auch der Landesrechnungshof hat sich inzwischen eingeschaltet.',
  'Die FDP fordert einen Kassensturz, bevor weiteres Geld fließt.',
  'Die Lokalzeitung hatte zuerst über die Pläne berichtet.',
  'Mehrere Gutachten widersprechen sich in zentralen Punkten.',
  'Der Verband der Wohnungswirtschaft begrüßte den Schritt grundsätzlich.',
  'Eine endgültige Kostenschätzung steht noch aus.',
  'Der Kreisverband der SPD will den Plänen nur unter Auflagen zustimmen.',
  'Von der Entscheidung hängen auch Arbeitsplätze in der Region ab.',
  'In den sozialen Netzwerken wird die Debatte teils hitzig geführt.',
  'Der Stadtelternrat hat sich der Kritik angeschlossen.',
  'Wie viele Fahrzeuge täglich betroffen sind, soll eine Zählung im {M} zeigen.',
  'Für die Planung ist ein externes Büro aus Hamburg zuständig.',
  'Das Verwaltungsgericht hatte einen Eilantrag bereits im Sommer abgelehnt.',
  'Im Kreistag war die Vorlage zunächst von der Tagesordnung genommen worden.',
  'Die Handwerkskammer rechnet mit Aufträgen für mehrere regionale Betriebe.',
  'Ein Teil der Zufahrten bleibt während der Arbeiten geöffnet.',
  'Zuletzt hatte es im Frühjahr eine öffentliche Anhörung gegeben.',
  'Der Landtagsabgeordnete aus {C} hat eine Kleine Anfrage gestellt.',
  'Die Antwort der Landesregierung steht noch aus.',
  'Im Internet ist eine Karte mit den geplanten Umleitungen abrufbar.',
  'Schulen und Kitas sollen frühzeitig informiert werden.',
  'Die Stadtwerke prüfen, ob Leitungen verlegt werden müssen.',
  'Wer Fragen hat, kann sich an ein Bürgertelefon wenden.',
  'Kritiker bemängeln, dass Alternativen nie ernsthaft geprüft worden seien.',
  'Die Verwaltung weist den Vorwurf zurück.',
  'Bis zu einer endgültigen Lösung könnten Jahre vergehen.',
  'Der Seniorenbeirat will das Thema in seiner nächsten Sitzung aufgreifen.',
  'Ein Sprecher der Deutschen Bahn verwies auf laufende Gespräche.',
  'Auch die Feuerwehr muss ihre Einsatzpläne anpassen.',
  'Der Landkreis hat eine Arbeitsgruppe eingerichtet.',
  'Bislang gibt es keinen verbindlichen Zeitplan.',
  'Die Opposition kündigte an, das Thema in den Landtag zu bringen.',
  'Für die Anwohnerinnen und Anwohner ändert sich vorerst nichts.',
  'Eine Prognose wagt im Rathaus derzeit niemand.',
];
// prettier-ignore
const QUOTED = [
  '„{Z}“, sagte {P}.',
  '„{Z}“, sagte {Q} am {W}.',
  '{P} sagte: „{Z}.“',
  '„{Z}“, heißt es in einer Mitteilung des {O}.',
  '„{Z}“, so {Q}.',
  '„{Z}“, sagte eine Sprecherin des {O} auf Anfrage.',
];
/** Sentences a news site adds when it updates an article: new facts, not the old ones again. */
// prettier-ignore
const UPDATES = [
  'Am {W}abend teilte die Stadt mit, dass die Gespräche fortgesetzt werden.',
  'Inzwischen hat sich auch {P} zu Wort gemeldet.',
  'Nach neuen Angaben sind inzwischen {N} Haushalte betroffen.',
  'Eine Stellungnahme des {O} lag bis Redaktionsschluss nicht vor.',
  '{Q} kündigte am späten Nachmittag eine Pressekonferenz an.',
  'Die Staatsanwaltschaft hat nach eigenen Angaben Ermittlungen aufgenommen.',
  'Der Termin für die Abstimmung wurde kurzfristig auf den {M} verlegt.',
  'Wie ein Sprecher auf Nachfrage mitteilte, liegt der Bericht nun vollständig vor.',
  'In einer ersten Reaktion begrüßte der Mieterbund die Entscheidung.',
  'Auch die Industrie- und Handelskammer meldete Bedenken an.',
  'Die Sitzung wurde nach gut {N} Minuten unterbrochen.',
  'Unterdessen wächst der Druck auf die Verwaltungsspitze.',
  'Die Zahl der Unterschriften ist seitdem auf über {N}.000 gestiegen.',
  'Das Innenministerium kündigte eine Prüfung des Vorgangs an.',
  '„Wir werden uns das sehr genau ansehen“, sagte {Q} am Abend.',
  'Ursprünglich war die Fertigstellung für {Y} geplant gewesen.',
  'Eine Bürgerfragestunde ist für den kommenden {W} geplant.',
  'Die Verkehrsbetriebe richteten einen Ersatzverkehr mit Bussen ein.',
  'Nach Redaktionsschluss meldete sich auch der Landesrechnungshof.',
  'Ein Sprecher der Bahn sagte, man sei von der Entscheidung überrascht worden.',
  'Die Demonstranten kündigten weitere Proteste für den {W} an.',
  'Zwei Gutachter kommen inzwischen zu unterschiedlichen Ergebnissen.',
  'Die Landesregierung will am {W} im Kabinett beraten.',
  'Bei der Sitzung waren rund {N}0 Zuhörerinnen und Zuhörer anwesend.',
];

// prettier-ignore
const TITLES = ['{C}: Streit um {Ta} spitzt sich zu', '{Scap} wird deutlich teurer als geplant', 'Neue Zweifel an {Td}', '{Scap}: {B} vertagt die Entscheidung', 'Proteste gegen {Ta} in {C}'];
// prettier-ignore
const NOTES = [
  'Korrektur: In einer früheren Fassung dieses Artikels hieß es, der {B} habe bereits entschieden. Das ist nicht der Fall, wir haben den Fehler korrigiert.',
  'Aktualisiert um {N}:30 Uhr: Der Text wurde um eine Stellungnahme des {O} ergänzt.',
  'Hinweis der Redaktion: In einer früheren Version war der Name von {Q} falsch geschrieben.',
];

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** The people, place and topic of one article. */
export function makeCast(rnd) {
  const topic = rnd.pick(TOPICS);
  const people = Array.from({ length: 3 }, () => {
    const female = rnd.chance(0.5);
    const first = rnd.pick(female ? WOMEN : MEN);
    const last = rnd.pick(SURNAMES);
    const role = rnd.pick(ROLES)[female ? 1 : 0];
    return { full: `${role} ${first} ${last}`, last };
  });
  const catchword = rnd.pick(CATCHWORDS);
  return { topic, people, catchword, city: rnd.pick(CITIES), agency: rnd.pick(AGENCIES) };
}

/** Fills a template's slots for `cast`. */
function fill(template, cast, rnd) {
  const person = rnd.pick(cast.people);
  const slots = {
    T: cast.topic.nom,
    Ta: cast.topic.acc,
    Td: cast.topic.dat,
    S: cast.topic.short,
    Scap: cap(cast.topic.short),
    X: cast.topic.thing,
    P: person.full,
    Q: person.last,
    C: cast.city,
    B: rnd.pick(BODIES),
    O: rnd.pick(ORGS),
    N: String(rnd.int(2, 48)),
    M: rnd.pick(MONTHS),
    W: rnd.pick(WEEKDAYS),
    Y: String(rnd.int(2019, 2025)),
    K: cast.catchword,
  };
  return cap(template.replace(/\{(\w+)\}/g, (_, k) => slots[k] ?? k));
}

/** The next of `items` from a shuffled bag kept in `bags[key]`, refilled when empty. */
function draw(bags, key, items, rnd) {
  let bag = bags.get(key);
  if (!bag || bag.length === 0) {
    bag = [...items];
    for (let i = bag.length - 1; i > 0; i--) {
      const j = rnd.int(0, i);
      [bag[i], bag[j]] = [bag[j], bag[i]];
    }
    bags.set(key, bag);
  }
  return bag.pop();
}

/**
 * One sentence for `cast`: templates and quotes are drawn from bags (each used once before any
 * comes again, as an article rarely repeats itself), and not one of `used` if a few tries allow.
 */
export function sentenceFor(cast, rnd, used = new Set()) {
  cast.bags ??= new Map();
  let s = '';
  for (let tries = 0; tries < 30; tries++) {
    const quoted = rnd.chance(0.25);
    const template = quoted
      ? draw(cast.bags, 'quoted', QUOTED, rnd)
      : draw(cast.bags, 'statements', STATEMENTS, rnd);
    const quote = quoted ? draw(cast.bags, 'quotes', QUOTES, rnd) : '';
    s = fill(template.replace('{Z}', quote), cast, rnd);
    if (!used.has(s)) break;
  }
  used.add(s);
  return s;
}

/** A sentence an update adds (not one of `used` if a few tries allow). */
export function updateSentence(cast, rnd, used = new Set()) {
  cast.bags ??= new Map();
  let s = '';
  for (let tries = 0; tries < 6 && (s === '' || used.has(s)); tries++) {
    s = fill(draw(cast.bags, 'updates', UPDATES, rnd), cast, rnd);
  }
  used.add(s);
  return s;
}

/** A note at the top of an edited article: a correction or an update line. */
export function correctionNote(cast, rnd) {
  return fill(rnd.pick(NOTES), cast, rnd);
}

const wordsOf = (sentences) => sentences.join(' ').split(/\s+/).filter(Boolean).length;

/**
 * One article of about `words` words (250–1,500 in the model): title, byline, date line, then
 * paragraphs of 2–5 sentences under a heading every 3–6 paragraphs; the first paragraph opens
 * with a dateline ("Kassel (dpa) – …"). Returns { cast, blocks }.
 */
export function makeArticle(rnd, words) {
  const cast = makeCast(rnd);
  const used = new Set();
  const day = rnd.int(1, 28);
  const blocks = [
    { kind: 'title', sentences: [fill(rnd.pick(TITLES), cast, rnd)] },
    { kind: 'byline', sentences: [`Von ${rnd.pick([...MEN, ...WOMEN])} ${rnd.pick(SURNAMES)}`] },
    { kind: 'date', sentences: [`${day}. ${rnd.pick(MONTHS)} ${rnd.int(2023, 2025)}`] },
  ];
  let count = 0;
  let sinceHeading = 0;
  let nextHeading = rnd.int(3, 6);
  while (count < words) {
    if (sinceHeading === nextHeading) {
      blocks.push({ kind: 'heading', sentences: [rnd.pick(HEADINGS)] });
      sinceHeading = 0;
      nextHeading = rnd.int(3, 6);
    }
    const sentences = Array.from({ length: rnd.int(2, 5) }, () => sentenceFor(cast, rnd, used));
    if (count === 0) {
      const dateline = rnd.chance(0.5) ? `${cast.city} (${cast.agency}) – ` : `${cast.city}. `;
      sentences[0] = dateline + sentences[0];
    }
    blocks.push({ kind: 'para', sentences });
    count += wordsOf(sentences);
    sinceHeading++;
  }
  return { cast, blocks };
}

/**
 * A long text of about `words` words: articles of 250–1,500 words one after another, as on a
 * page of the day's local news (the timed scenario: 1,000 highlights on 10,000 words).
 */
export function makeLongText(rnd, words) {
  const blocks = [];
  const casts = [];
  let count = 0;
  while (count < words) {
    const { cast, blocks: more } = makeArticle(rnd, Math.min(words - count, rnd.int(250, 1500)));
    casts.push(cast);
    blocks.push(...more);
    count += more.reduce((n, b) => n + wordsOf(b.sentences), 0);
  }
  return { cast: casts[0], casts, blocks };
}
