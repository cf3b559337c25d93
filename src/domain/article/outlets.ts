/**
 * Which outlet published an article, as far as its file tells: better than `Article.source`,
 * which takes any name a provenance line gives. Two things it knows that `source` does not:
 *
 * - A credit such as "Mit Informationen von Reuters" or "with reporting from AFP" names an
 *   agency the text drew on, not the outlet that published it (seed 002 credits Reuters but is
 *   Infobae's page).
 * - Page furniture (`Article.removed`: the words of buttons, logos and credits cut from the
 *   text) that is exactly a known outlet's name ("Infobae", beside "Guardar", Infobae's Spanish
 *   "Save" button) says whose page the text was copied from.
 *
 * Why a list of known outlets: a furniture line is a few words ("Guardar", "Lesen Sie weiter:",
 * "NATO Secretary General Jens Stoltenberg") and nothing in its shape tells an outlet's name from
 * a caption or a button. The list holds only outlets and agencies relevant to this corpus
 * (German-language coverage of NATO, Russia and Ukraine, and the agencies it cites), so it
 * stays short and reviewable; any other outlet is one the reader types in the article's details.
 */

export interface KnownOutlet {
  /** The key outlets are grouped by (see `outletKey`). */
  key: string;
  /** The name as the outlet writes it. */
  name: string;
  /** An agency supplies text to outlets; a furniture line naming one is a photo credit. */
  kind: 'outlet' | 'agency';
  /** Other spellings that mean the same outlet (matched as `outletKey` matches). */
  aliases: readonly string[];
}

export const KNOWN_OUTLETS: readonly KnownOutlet[] = [
  { key: 'infobae', name: 'Infobae', kind: 'outlet', aliases: ['infobae.com'] },
  { key: 'rtde', name: 'RT DE', kind: 'outlet', aliases: ['RT Deutsch', 'de.rt.com'] },
  { key: 'wsws', name: 'WSWS', kind: 'outlet', aliases: ['World Socialist Web Site'] },
  { key: 'tagesschau', name: 'Tagesschau', kind: 'outlet', aliases: ['ARD-Tagesschau'] },
  { key: 'spiegel', name: 'Der Spiegel', kind: 'outlet', aliases: ['Spiegel', 'Spiegel Online'] },
  { key: 'zeit', name: 'Die Zeit', kind: 'outlet', aliases: ['Zeit', 'Zeit Online'] },
  {
    key: 'faz',
    name: 'FAZ',
    kind: 'outlet',
    aliases: ['Frankfurter Allgemeine', 'Frankfurter Allgemeine Zeitung', 'faz.net'],
  },
  { key: 'sz', name: 'Süddeutsche Zeitung', kind: 'outlet', aliases: ['SZ', 'Süddeutsche'] },
  { key: 'welt', name: 'Welt', kind: 'outlet', aliases: ['Die Welt'] },
  { key: 'bild', name: 'Bild', kind: 'outlet', aliases: ['Bild-Zeitung'] },
  { key: 'nzz', name: 'NZZ', kind: 'outlet', aliases: ['Neue Zürcher Zeitung'] },
  { key: 'taz', name: 'taz', kind: 'outlet', aliases: ['die tageszeitung'] },
  { key: 'dw', name: 'Deutsche Welle', kind: 'outlet', aliases: ['DW'] },
  { key: 'reuters', name: 'Reuters', kind: 'agency', aliases: ['Thomson Reuters'] },
  { key: 'afp', name: 'AFP', kind: 'agency', aliases: ['Agence France-Presse'] },
  { key: 'ap', name: 'AP', kind: 'agency', aliases: ['Associated Press'] },
  { key: 'dpa', name: 'dpa', kind: 'agency', aliases: ['Deutsche Presse-Agentur'] },
];

/** A web address's ending, dropped so "WSWS.ORG" groups with "WSWS". */
const DOMAIN_END = /\.(?:org|com|net|de|at|ch|info|eu)$/u;

/** Lower case, umlauts and accents folded, `www.` and a domain ending dropped, only letters and digits. */
function plainKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ß/gu, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .replace(/^www\./u, '')
    .replace(DOMAIN_END, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Every known spelling's key → its outlet; built on first use, not when the app starts. */
let byKey: Map<string, KnownOutlet> | undefined;
function knownByKey(): Map<string, KnownOutlet> {
  if (byKey) return byKey;
  byKey = new Map();
  for (const outlet of KNOWN_OUTLETS) {
    for (const spelling of [outlet.key, outlet.name, ...outlet.aliases]) {
      byKey.set(plainKey(spelling), outlet);
    }
  }
  return byKey;
}

/** The filter value for articles with no outlet (`?outlet=none`); no outlet's key is this. */
export const NO_OUTLET_KEY = 'none';

/**
 * The key outlets are grouped and filtered by: case, spaces, punctuation, accents and a web
 * address's ending do not count ("WSWS.ORG", "wsws" and "World Socialist Web Site" are one),
 * and a known outlet's other names give its key. '' for a blank name.
 */
export function outletKey(name: string | undefined): string {
  if (!name) return '';
  const key = plainKey(name);
  const known = knownByKey().get(key);
  if (known) return known.key;
  return key === NO_OUTLET_KEY ? `${key}-outlet` : key;
}

/** The known outlet or agency a name stands for, if any. */
export function knownOutlet(name: string | undefined): KnownOutlet | undefined {
  return name ? knownByKey().get(plainKey(name)) : undefined;
}

// Provenance lines as src/domain/article/provenance.ts reads them, sorted by what they say.
const AGENCY_CREDIT =
  /^(?:mit (?:informationen|material|angaben) (?:von|aus|der|des)|(?:with )?(?:reporting|information) (?:from|by))\s+(.+)$/iu;
const OUTLET_LINE =
  /^(?:quellen?\s*:|sources?\s*:|(?:dieser (?:artikel|beitrag|text) (?:ist|wurde) )?(?:ursprünglich|zuerst|erstmals) (?:veröffentlicht|erschienen) (?:in|auf|bei|im|am)|originally (?:published|appeared) (?:in|on|at|by))\s*(.+)$/iu;

function cleanName(name: string): string {
  return name
    .trim()
    .replace(/[.;,:]+$/u, '')
    .replace(/^["„“”«»‚‘’']+|["„“”«»‚‘’']+$/gu, '')
    .trim();
}

export interface DerivedOutlet {
  /** The outlet that published the text, when the file says. */
  outlet?: string;
  /** An agency the file credits ("Mit Informationen von Reuters"): not the outlet. */
  agency?: string;
}

/** What `deriveOutlet` reads: the parser's source, provenance lines and page furniture. */
export interface OutletEvidence {
  source?: string;
  sourceLines?: readonly string[];
  removed?: readonly string[];
}

/**
 * The outlet, in this order: a provenance line that names where the text was published
 * ("Quelle: RT DE", "Ursprünglich veröffentlicht in WSWS.ORG"); else page furniture that is a
 * known outlet's name ("Infobae"); else the parser's `source`, unless that is only an agency
 * credit. The credited agency is returned beside it.
 */
export function deriveOutlet(evidence: OutletEvidence): DerivedOutlet {
  let stated: string | undefined;
  let agency: string | undefined;
  for (const line of evidence.sourceLines ?? []) {
    const credit = AGENCY_CREDIT.exec(line.trim());
    if (credit) {
      agency ??= cleanName(credit[1] ?? '') || undefined;
      continue;
    }
    const named = OUTLET_LINE.exec(line.trim());
    if (named) stated ??= cleanName(named[1] ?? '') || undefined;
  }
  const furniture = (evidence.removed ?? [])
    .map((line) => knownOutlet(cleanName(line)))
    .find((known) => known?.kind === 'outlet');
  const source = evidence.source && evidence.source !== agency ? evidence.source : undefined;
  const outlet = stated ?? furniture?.name ?? source;
  const derived: DerivedOutlet = {};
  if (outlet) derived.outlet = outlet;
  if (agency) derived.agency = agency;
  return derived;
}
