/**
 * Words that say how a news text says something, not what: pronouns, modal and auxiliary
 * verbs, particles, conjunctions, and verbs of saying ("sagte", "erklärte", "fügte hinzu").
 * Two sentences that share only these ("Er fügte hinzu: …") do not correspond. Compared by
 * stem, on top of the search's stop words.
 */
import { stemmer } from '@orama/stemmers/german';

// prettier-ignore
const WORDS = [
  // pronouns and determiners
  'ich', 'du', 'wir', 'ihr', 'ihn', 'ihm', 'ihnen', 'ihre', 'ihren', 'ihrer', 'ihres', 'ihrem',
  'sein', 'seine', 'seinen', 'seiner', 'seines', 'seinem', 'unser', 'unsere', 'unserer',
  'unseren', 'unserem', 'uns', 'mich', 'mir', 'dich', 'dir', 'euch', 'man', 'jeder', 'jede',
  'jedes', 'jeden', 'alle', 'allen', 'aller', 'alles', 'dies', 'diese', 'dieser', 'diesem',
  'diesen', 'dieses', 'welche', 'welcher', 'was', 'wer', 'wo', 'wann', 'warum',
  'kein', 'keine', 'keinen', 'keiner', 'keinem', 'nichts', 'selbst', 'sie', 'ihm', 'denen',
  'dessen', 'deren',
  // conjunctions, particles, adverbs of stance and time
  'ob', 'weil', 'wenn', 'damit', 'obwohl', 'sowie', 'sondern', 'denn', 'jedoch', 'nicht', 'sehr',
  'mehr', 'schon', 'bereits', 'nun', 'jetzt', 'immer', 'wieder', 'weiter', 'weiterhin',
  'dabei', 'dazu', 'daher', 'deshalb', 'also', 'etwa', 'zwar', 'eben', 'ja', 'hier', 'dort',
  'darauf', 'daran', 'darin', 'davon', 'dafuer', 'darueber', 'zudem', 'allerdings', 'sogar',
  'ebenso', 'ebenfalls', 'zuletzt', 'erneut', 'gleichzeitig', 'wiederum', 'tatsaechlich',
  'eigentlich', 'ueber', 'unter', 'zwischen', 'durch', 'ohne', 'seit', 'trotz', 'wegen', 'laut',
  'sowohl', 'weder', 'gegenueber', 'waehrend', 'wobei', 'sodass', 'indem', 'einer', 'einem',
  'wie', 'beim', 'zum',
  // auxiliary and modal verbs
  'sei', 'seien', 'war', 'waren', 'waere', 'waeren', 'hatte', 'hatten', 'habe', 'haette',
  'haetten', 'kann', 'koennen', 'konnte', 'konnten', 'koennte', 'koennten', 'muss', 'muessen',
  'musste', 'muesse', 'soll', 'sollen', 'sollte', 'sollten', 'will', 'wollen', 'wollte',
  'wollten', 'darf', 'duerfen', 'durfte', 'duerfte', 'moechte', 'moechten', 'mag', 'werde', 'wuerde', 'wuerden', 'worden', 'wird', 'gibt', 'gab', 'geht', 'bin', 'bist',
  // verbs of saying
  'sagte', 'sagt', 'sagen', 'gesagt', 'sagten', 'erklaerte', 'erklaert', 'erklaeren',
  'erklaerten', 'fuegte', 'hinzu', 'hinzugefuegt', 'betonte', 'betont', 'behauptete',
  'behauptet', 'behaupten', 'berichtet', 'berichtete', 'berichten', 'heisst', 'hiess',
  'wiederholte', 'wiederholt', 'sprach', 'spricht', 'meinte', 'meint', 'aeusserte', 'teilte',
  'antwortete', 'antwortet', 'stellte', 'klar', 'frage', 'fragen', 'fragte', 'gefragt',
  'reagierte', 'reagiert', 'reagieren',
];

/** The stems (dotless, as `terms.ts` stems) of the words above. */
export const DISCOURSE_STEMS: ReadonlySet<string> = new Set(
  WORDS.map((w) => stemmer(w.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u'))),
);
