/**
 * A small German news lexicon: word families that name one concept in the news about war,
 * diplomacy, alliances and states ("Sieg", "siegen", "gewinnen", "Niederlage" are all about who
 * wins a war; "Moskau", "Kreml" and "Russland" are one actor). Two outlets telling one event
 * in their own words pick different members of a family; a sentence's words add the family's
 * concept as an extra term (`~sieg`, `~ru`) at a lower weight than a shared word
 * (`vectors.ts`), so the concept helps a pair that shares other words too, but a concept alone
 * pairs nothing.
 *
 * Kept general on purpose: families any report on war and diplomacy uses, written from general
 * knowledge of German news, not lists of the seeds' sentences. A word matches a family by its
 * stem, or by the stem's end when it is a closed compound of a member ("Kampfdrohnen" →
 * "Drohne", "Artilleriemunition" → "Munition"); a member listed as a whole word is matched first
 * ("Waffenruhe" is a ceasefire, not a weapon).
 */
import { foldMarked, unmark } from '../text/fold';
import { stem } from './terms';

// prettier-ignore
const FAMILIES: Record<string, string[]> = {
  // who wins or loses a war
  sieg: ['Sieg', 'siegen', 'siege', 'siegt', 'besiegen', 'gewinnen', 'gewinnt', 'gewonnen',
    'Niederlage', 'Niederlagen', 'verlieren', 'verliert', 'verloren', 'Triumph', 'Kapitulation'],
  nuklear: ['nuklear', 'nukleare', 'nuklearen', 'atomar', 'Atomwaffe', 'Atomwaffen',
    'Kernwaffe', 'Kernwaffen', 'Atomkrieg', 'Atomkonflikt', 'Atommacht', 'Atommächte',
    'Nuklearmacht', 'Armageddon', 'Atomschlag', 'Sprengkopf', 'Sprengköpfe'],
  // war as such, and the ways reports name it
  krieg: ['Krieg', 'Kriege', 'Konflikt', 'Konflikte', 'Konfrontation', 'Zusammenstoß',
    'Flächenbrand', 'Kampfhandlungen', 'Feindseligkeiten', 'Weltkrieg', 'Stellvertreterkrieg'],
  eskalation: ['Eskalation', 'eskalieren', 'eskaliert', 'Zuspitzung', 'zuspitzen',
    'Ausweitung', 'ausweiten'],
  truppen: ['Truppe', 'Truppen', 'Soldat', 'Soldaten', 'Soldatinnen', 'Streitkräfte',
    'Armee', 'Bodentruppen', 'Kämpfer', 'Brigade', 'Bundeswehr'],
  waffen: ['Waffe', 'Waffen', 'Rüstung', 'Rüstungsgüter', 'Panzer', 'Kampfpanzer',
    'Artillerie', 'Kampfflugzeug', 'Kampfflugzeuge', 'Kampfjet', 'Kampfjets', 'Rakete',
    'Raketen', 'Marschflugkörper', 'Drohne', 'Drohnen', 'Munition', 'Granate', 'Granaten',
    'Geschosse', 'Waffensystem', 'Waffensysteme'],
  munition: ['Munition', 'Granate', 'Granaten', 'Geschosse', 'Patronen', 'Artilleriemunition'],
  luftabwehr: ['Luftverteidigung', 'Luftabwehr', 'Flugabwehr', 'Raketenabwehr', 'Patriot',
    'Abwehrsysteme'],
  hilfe: ['unterstützen', 'unterstützt', 'Unterstützung', 'Hilfe', 'Hilfen', 'helfen',
    'Militärhilfe', 'liefern', 'Lieferung', 'Lieferungen', 'versorgen', 'Versorgung',
    'beistehen', 'Beistand', 'Hilfspaket'],
  noetig: ['nötig', 'notwendig', 'unerlässlich', 'unverzichtbar', 'entscheidend', 'wichtig',
    'erforderlich', 'brauchen', 'braucht', 'benötigen', 'benötigt', 'existenziell'],
  gefahr: ['Gefahr', 'Gefahren', 'Risiko', 'Risiken', 'Bedrohung', 'Bedrohungen', 'bedrohen',
    'bedroht', 'drohen', 'droht', 'warnen', 'warnt', 'warnte', 'Warnung', 'gefährlich'],
  verhandlung: ['verhandeln', 'Verhandlung', 'Verhandlungen', 'Gespräch', 'Gespräche',
    'Unterhändler', 'Delegation', 'Vermittlung', 'vermitteln', 'Vermittler', 'Diplomatie',
    'Friedensgespräche', 'Gipfel', 'Gipfeltreffen'],
  waffenruhe: ['Waffenruhe', 'Feuerpause', 'Waffenstillstand', 'Feuerstillstand',
    'Friedensabkommen'],
  gefangene: ['Gefangene', 'Gefangenen', 'Kriegsgefangene', 'Gefangenenaustausch',
    'freilassen', 'freigelassen', 'Freilassung', 'Geiseln'],
  angriff: ['Angriff', 'Angriffe', 'angreifen', 'angegriffen', 'Attacke', 'Beschuss',
    'beschießen', 'Luftangriff', 'Offensive', 'Invasion', 'einmarschieren', 'Einmarsch',
    'Aggression'],
  tote: ['getötet', 'töten', 'tötete', 'sterben', 'starben', 'gestorben', 'Tote', 'Toten',
    'Todesopfer', 'umgekommen'],
  strom: ['Strom', 'Elektrizität', 'Energieversorgung', 'Stromausfall', 'Kraftwerk',
    'Kraftwerke', 'Stromnetz', 'Energieinfrastruktur', 'Blackout'],
  ausgaben: ['Ausgaben', 'Verteidigungsausgaben', 'Militärausgaben', 'Rüstungsausgaben',
    'Etat', 'Wehretat', 'Verteidigungshaushalt', 'Budget', 'ausgeben', 'Sondervermögen'],
  sanktion: ['Sanktion', 'Sanktionen', 'Strafmaßnahmen', 'Embargo', 'Zoll', 'Zölle',
    'Strafzölle', 'Abgaben'],
  vergeltung: ['Vergeltung', 'Gegenmaßnahmen', 'Gegenschlag', 'zurückschlagen', 'Rache'],
  beteiligt: ['beteiligt', 'Beteiligung', 'Kriegspartei', 'Konfliktpartei', 'eingreifen',
    'Eingreifen'],
  wehrpflicht: ['Wehrpflicht', 'Wehrdienst', 'Einberufung', 'einberufen', 'Musterung',
    'Dienstpflicht', 'Rekruten'],
  abschaffen: ['abschaffen', 'Abschaffung', 'beseitigen', 'Beseitigung', 'stürzen', 'Sturz',
    'überwinden'],
  hegemonie: ['Hegemonie', 'Vorherrschaft', 'Dominanz', 'Weltherrschaft', 'Vormacht'],
  // states and alliances, with their capitals and seats of power (metonymy)
  ru: ['Russland', 'russisch', 'russische', 'russischen', 'Moskau', 'Moskauer', 'Kreml'],
  ua: ['Ukraine', 'ukrainisch', 'ukrainische', 'ukrainischen', 'Kiew', 'Kyjiw'],
  us: ['USA', 'US', 'amerikanisch', 'amerikanische', 'amerikanischen',
    'Washington', 'Pentagon'],
  cn: ['China', 'chinesisch', 'chinesische', 'chinesischen', 'Peking', 'Volksrepublik'],
  de: ['Deutschland', 'deutsch', 'deutsche', 'deutschen', 'Berlin', 'Bundesregierung',
    'Kanzleramt'],
  tr: ['Türkei', 'türkisch', 'türkische', 'Ankara'],
  fr: ['Frankreich', 'französisch', 'französische', 'Paris', 'Élysée'],
  gb: ['Großbritannien', 'britisch', 'britische', 'London'],
  es: ['Spanien', 'spanisch', 'spanische', 'Madrid'],
  it: ['Italien', 'italienisch', 'italienische', 'Rom'],
  pl: ['Polen', 'polnisch', 'polnische', 'Warschau'],
  by: ['Belarus', 'belarussisch', 'belarussische', 'Weißrussland', 'Minsk'],
  ir: ['Iran', 'iranisch', 'iranische', 'Teheran'],
  kp: ['Nordkorea', 'nordkoreanisch', 'nordkoreanische', 'Pjöngjang'],
  il: ['Israel', 'israelisch', 'israelische', 'israelischen'],
  nato: ['NATO', 'Nato', 'Allianz', 'Bündnis', 'Militärbündnis', 'Militärallianz',
    'nordatlantisch', 'Verbündete', 'Verbündeten', 'Alliierte', 'Alliierten'],
};

/** The stem a word of the lexicon has in `terms.ts` (folded, dotless, Snowball). */
const stemOf = (word: string): string => stem(unmark(foldMarked(word), ''));

/** A family: its name, and whether it names an actor (a state or alliance) or an event. */
export interface Concept {
  name: string;
  actor: boolean;
}

/** The families that name states and alliances (the rest name events and claims). */
const ACTORS: ReadonlySet<string> = new Set(
  Object.keys(FAMILIES).filter((k) => k.length === 2 || k === 'nato'),
);

let byStem: Map<string, Concept[]> | undefined;

function lexicon(): Map<string, Concept[]> {
  if (byStem) return byStem;
  byStem = new Map();
  for (const [name, words] of Object.entries(FAMILIES)) {
    const concept: Concept = { name, actor: ACTORS.has(name) };
    for (const w of words) {
      const s = stemOf(w);
      const list = byStem.get(s) ?? [];
      if (!list.some((c) => c.name === name)) list.push(concept);
      byStem.set(s, list);
    }
  }
  return byStem;
}

/** Shortest member stem a compound may end in ("drohn" in "kampfdrohn"). */
const MIN_HEAD = 5;
/** Shortest modifier before such a head ("kampf"). */
const MIN_MODIFIER = 3;
const NONE: readonly Concept[] = [];
const memo = new Map<string, readonly Concept[]>();

/**
 * The concepts (families, e.g. "sieg", "ru") a word of stem `s` belongs to: by the whole
 * stem, else by the longest member stem it ends in. Memoised.
 */
export function conceptsOf(s: string): readonly Concept[] {
  let found = memo.get(s);
  if (found !== undefined) return found;
  const table = lexicon();
  found = table.get(s);
  if (!found) {
    // A compound ends in an event word ("Kampfdrohnen"); states only by their own names.
    for (let cut = MIN_MODIFIER; cut <= s.length - MIN_HEAD && !found; cut++) {
      const events = table.get(s.slice(cut))?.filter((c) => !c.actor);
      if (events && events.length > 0) found = events;
    }
  }
  found ??= NONE;
  if (memo.size > 100_000) memo.clear();
  memo.set(s, found);
  return found;
}

/** Term prefixes of an event concept and of a state or alliance, so they never meet a stem. */
export const CONCEPT_PREFIX = '~';
export const ACTOR_PREFIX = '=';
