/**
 * A hand-marked alignment of the five seeds (`public/seeds/*.txt`), the reference that
 * `seed-alignment.test.ts` measures `alignArticles` against. Marked by reading the texts,
 * 2026-12-06, before the engine was tuned; not derived from its output.
 *
 * The seeds are five different stories about NATO, Russia and Ukraine (2022-01 virtual
 * foreign ministers' meeting, 2022-03 eve of the Brussels summit, 2022-10 eve of the defence
 * ministers' meeting, 2024-05 Sofia assembly, 2024-10 North Korean troops), so most of what
 * they share is topic, not a corresponding passage. The marks follow the sure/possible
 * convention of word-alignment evaluation (Och & Ney 2003):
 *
 * - `sure`: the two passages report the same event, the same quotation or the same specific
 *   claim. Recall is measured on these: a good aligner must find them.
 * - `possible`: a closely related claim a careful reader comparing the two could reasonably
 *   link (the same speaker on the same point on another occasion, the same claim in much wider
 *   terms). Pairing them is not an error, missing them is not a miss.
 *
 * Anything else that pairs (same topic, same names, different claim: Lloyd Austin saying two
 * different things in 001 and 004, Peskov on two different subjects) counts against precision.
 *
 * A side is a list of distinctive substrings of its article's `text`, each inside one
 * sentence; a predicted passage hits the side when it overlaps any of them. Sentences are
 * named by text, not offsets, so the fixture survives parser changes (the test checks that
 * every substring occurs exactly once).
 */

export type SeedId = '000' | '001' | '002' | '003' | '004';

export interface MarkedCorrespondence {
  a: string[];
  b: string[];
  mark: 'sure' | 'possible';
  reason: string;
}

export interface MarkedSeedPair {
  a: SeedId;
  b: SeedId;
  /** Held out from tuning: its figures were looked at only after the thresholds were fixed. */
  heldOut: boolean;
  marks: MarkedCorrespondence[];
}

export const SEED_ALIGNMENT: MarkedSeedPair[] = [
  {
    a: '000',
    b: '001',
    heldOut: false,
    marks: [
      {
        a: [
          'Unterstützung Israels durch die NATO inmitten des Völkermords',
          'von der NATO unterstützten israelischen Völkermord',
        ],
        b: ['bewaffnet Israels Völkermord in Gaza'],
        mark: 'sure',
        reason: "both say the US/NATO back Israel's genocide in Gaza",
      },
      {
        a: ['mit einem Krieg in Ostasien, im Nahen Osten und im Iran verbunden'],
        b: [
          'eine Front in einem sich anbahnenden Weltkrieg',
          'Die zweite Front ist im Nahen Osten',
        ],
        mark: 'sure',
        reason:
          'both: the war against Russia is one front of a wider war, in the Middle East and against Iran',
      },
      {
        a: ['vom Aufbau einer internationalen, sozialistischen Antikriegsbewegung'],
        b: [
          'Nur das politische Eingreifen der Arbeiterklasse',
          'eine vereinte internationale Antikriegsbewegung aufbauen',
        ],
        mark: 'sure',
        reason:
          'both: only an international anti-war movement of the working class can stop the war',
      },
      {
        a: ['Kampf für die Abschaffung der kapitalistischen Gesellschaftsordnung'],
        b: ['um das kapitalistische System abzuschaffen'],
        mark: 'sure',
        reason: 'both: capitalism causes war, so it must be abolished',
      },
      {
        a: ['Streben der imperialistischen Mächte nach globaler Hegemonie'],
        b: ['ihren historischen Niedergang durch militärische Aggression auszugleichen'],
        mark: 'sure',
        reason: 'both: the wars come from the imperialist drive to (keep) global hegemony',
      },
      {
        a: [
          'Die Kriegspläne der NATO gegen Russland sind mit einer globalen imperialistischen Agenda',
        ],
        b: ['werden die globalen Dimensionen des Konflikts immer deutlicher'],
        mark: 'sure',
        reason: 'both: the war against Russia is part of a global (imperialist) conflict',
      },
      {
        a: ['eines Krieges zwischen atomar bewaffneten Großmächten'],
        b: [
          'katastrophalen Konflikt zwischen Atommächten',
          'die Gefahr eines nuklearen Armageddon',
        ],
        mark: 'sure',
        reason: 'both: the escalation drives towards a war between nuclear powers',
      },
      {
        a: ['zu einem nuklearen Flächenbrand eskalieren würde'],
        b: [
          'katastrophalen Konflikt zwischen Atommächten',
          'die Gefahr eines nuklearen Armageddon',
        ],
        mark: 'possible',
        reason: 'both speak of the danger of nuclear war, 000 of war with all of NATO',
      },
      {
        a: [
          'beschleunigen die NATO-Mächte die Vorbereitungen für eine massive militärische Eskalation',
        ],
        b: ['den Krieg gegen Russland in der Ukraine weiter eskalieren'],
        mark: 'possible',
        reason: 'both: the US/NATO are escalating the war in Ukraine',
      },
      {
        a: ['belarussischen, iranischen und nordkoreanischen Regimes'],
        b: ['Achse der Herausforderung'],
        mark: 'possible',
        reason: 'both name the states the West groups with Russia (Iran, North Korea)',
      },
      {
        a: ['durch eine nationale Strategie auf kapitalistischer Grundlage aufzuhalten'],
        b: ['um das kapitalistische System abzuschaffen'],
        mark: 'possible',
        reason: 'both: war cannot be stopped on a capitalist basis',
      },
      {
        a: ['Storm Shadow-, SCALP-, Taurus- und ATACMS-Raketen'],
        b: ['ihre eigenen „roten Linien“ überschritten'],
        mark: 'possible',
        reason: 'both: the West lets Ukraine use ever longer-range weapons',
      },
      {
        a: ['Abwendung eines Dritten Weltkriegs'],
        b: ['Vorbereitung auf einen Dritten Weltkrieg'],
        mark: 'possible',
        reason: 'both speak of a coming third world war',
      },
      {
        a: ['sowohl der Völkermord in Gaza als auch die NATO-Eskalation'],
        b: [
          'bewaffnet Israels Völkermord in Gaza',
          'ihren historischen Niedergang durch militärische Aggression auszugleichen',
        ],
        mark: 'possible',
        reason: '000 ties Gaza and the war against Russia to the drive for hegemony, as 001 does',
      },
    ],
  },
  {
    a: '000',
    b: '002',
    heldOut: false,
    marks: [
      {
        a: ['zu einem nuklearen Flächenbrand eskalieren würde'],
        b: [
          'zu einer nuklearen Konfrontation zwischen Moskau und dem Westen führen könnte',
          'zu einem Atomkrieg führen könnte',
        ],
        mark: 'sure',
        reason: 'both: the war could escalate into a nuclear war between Russia and the West',
      },
      {
        a: ['sie sind schon dabei'],
        b: [
          'zu einer direkten Konfrontation zwischen Russland und die NATO',
          'Dies wird der direkte Zusammenstoß',
        ],
        mark: 'possible',
        reason:
          'both: Moscow on a direct confrontation between NATO and Russia (Peskov: already; Lavrov: would be)',
      },
      {
        a: ['NATO-Truppen zum Kampf gegen Russland in die Ukraine zu entsenden'],
        b: [
          'dass die NATO keine Truppen in die Ukraine schicken werde',
          'dass die Entsendung von Friedenstruppen in die Ukraine',
        ],
        mark: 'possible',
        reason: 'both on sending NATO troops into Ukraine',
      },
      {
        a: ['eines Krieges zwischen atomar bewaffneten Großmächten'],
        b: ['zu einer nuklearen Konfrontation zwischen Moskau und dem Westen führen könnte'],
        mark: 'possible',
        reason: 'both on the danger of war between nuclear powers',
      },
    ],
  },
  {
    a: '000',
    b: '003',
    heldOut: false,
    marks: [
      {
        a: ['zwingen, Russlands Sicherheitsbedenken anzuerkennen'],
        b: [
          'unrealistischen Forderungen nach einer russischen Einflusszone',
          'Erörterung gegenseitiger Sicherheitsbelange',
        ],
        mark: 'possible',
        reason: "both on Russia's security demands on NATO",
      },
    ],
  },
  {
    a: '000',
    b: '004',
    heldOut: false,
    marks: [
      {
        a: ['die Ukraine mit allem zu versorgen, was sie braucht'],
        b: ['dass weitere Waffenlieferungen an die Ukraine unerlässlich seien'],
        mark: 'sure',
        reason: 'both: arm Ukraine for as long as it takes for it to win',
      },
      {
        a: ['Russland kann und muss in der Ukraine eine strategische Niederlage erleiden'],
        b: [
          'warum es wichtig sei, dass Russland im Ukraine-Konflikt nicht siege',
          'dass ein militärischer Sieg Russlands in der Ukraine',
          'Putin gewinnt, ist das nicht nur eine große Niederlage',
        ],
        mark: 'sure',
        reason: 'both: Russia must not win in Ukraine (Sofia communiqué; Stoltenberg)',
      },
      {
        a: ['sie sind schon dabei'],
        b: ['Moskau sieht das anders.', 'einen Stellvertreterkrieg gegen Russland zu führen'],
        mark: 'sure',
        reason: 'both: Moscow says NATO is already at war with Russia (Peskov; Lavrov, Putin)',
      },
      {
        a: ['Wenn die NATO Russland eine', 'wenn sie Russland eine'],
        b: [
          'warum es wichtig sei, dass Russland im Ukraine-Konflikt nicht siege',
          'dass ein militärischer Sieg Russlands in der Ukraine',
          'Putin gewinnt, ist das nicht nur eine große Niederlage',
        ],
        mark: 'possible',
        reason: "both on NATO's aim that Russia be defeated",
      },
      {
        a: ['mit dem Sieg der Ukraine verbunden sind'],
        b: ['dass weitere Waffenlieferungen an die Ukraine unerlässlich seien'],
        mark: 'possible',
        reason: "both on aid for Ukraine's victory",
      },
      {
        a: ['Storm Shadow-, SCALP-, Taurus- und ATACMS-Raketen'],
        b: ['um schwerere Waffen mit größerer Reichweite'],
        mark: 'possible',
        reason: 'both on longer-range weapons for Ukraine',
      },
      {
        a: [
          'dass man eigentlich nur Millionen von Granaten braucht',
          'im Bereich der Verteidigung deindustrialisiert',
        ],
        b: ['Die deutschen Waffen- und Munitionsvorräte sind', 'Artilleriemunition'],
        mark: 'possible',
        reason: 'both: the West is short of ammunition',
      },
      {
        a: ['Moskau reagierte auf Stoltenbergs Äußerungen'],
        b: ['Moskau sieht das anders.', 'einen Stellvertreterkrieg gegen Russland zu führen'],
        mark: 'possible',
        reason: 'both: Moscow answers what NATO says',
      },
    ],
  },
  {
    a: '001',
    b: '002',
    heldOut: false,
    marks: [
      {
        a: [
          'die Gefahr eines nuklearen Armageddon',
          'katastrophalen Konflikt zwischen Atommächten',
        ],
        b: [
          'zu einer nuklearen Konfrontation zwischen Moskau und dem Westen führen könnte',
          'Die Aussicht auf einen Atomkonflikt',
        ],
        mark: 'possible',
        reason: 'both on the danger of nuclear war',
      },
    ],
  },
  {
    a: '001',
    b: '003',
    heldOut: false,
    marks: [],
  },
  {
    a: '001',
    b: '004',
    heldOut: true,
    marks: [
      {
        a: ['die dezimierten Bestände der USA an 155-mm-Granaten'],
        b: ['US-Lagerbestände an 155-mm-Artilleriemunition'],
        mark: 'sure',
        reason: 'both: the US stocks of 155 mm shells are depleted',
      },
      {
        a: ['um erneut zusätzliche militärische Unterstützung'],
        b: ['bittet Kiew den Westen nun erneut um schwerere Waffen'],
        mark: 'sure',
        reason: 'both: Kyiv again asks the West for more military aid',
      },
      {
        a: ['der Ukraine Kampfpanzer, Artillerie, Kampfflugzeuge und Raketen'],
        b: ['Waffen im Wert von mehreren Milliarden Dollar'],
        mark: 'sure',
        reason: 'both: NATO countries supply Ukraine with weapons',
      },
      {
        a: ['der Ukraine Kampfpanzer, Artillerie, Kampfflugzeuge und Raketen'],
        b: [
          'Die NATO ist in der Ukraine stark engagiert.',
          'einen Stellvertreterkrieg gegen Russland zu führen',
        ],
        mark: 'possible',
        reason: "both on NATO's part in the war (001: planned in NATO headquarters)",
      },
      {
        a: ['keine Zunahme der Reaktion unserer Partner'],
        b: ['bittet Kiew den Westen nun erneut um schwerere Waffen'],
        mark: 'possible',
        reason: 'both: Kyiv wants more from its partners',
      },
      {
        a: ['die dezimierten Bestände der USA an 155-mm-Granaten'],
        b: ['Die deutschen Waffen- und Munitionsvorräte sind'],
        mark: 'possible',
        reason: 'both: Western ammunition stocks are depleted',
      },
      {
        a: ['den Krieg gegen Russland in der Ukraine weiter eskalieren'],
        b: ['einen Stellvertreterkrieg gegen Russland zu führen'],
        mark: 'possible',
        reason: 'both: the West is waging the war against Russia',
      },
      {
        a: ['nicht nur ihre Unterstützung für die Ukraine ausweiten'],
        b: ['Verteidigungskapazitäten der Ukraine weiter ausbauen'],
        mark: 'possible',
        reason: 'both: support for Ukraine must grow',
      },
    ],
  },
  {
    a: '002',
    b: '003',
    heldOut: false,
    marks: [
      {
        a: ['Es ist äußerst wichtig, die Ukraine zu unterstützen'],
        b: ['die Integrität und Unabhängigkeit der Ukraine weiterhin'],
        mark: 'possible',
        reason: 'Stoltenberg both times: NATO keeps supporting Ukraine (003: if diplomacy fails)',
      },
      {
        a: ['Verbündete jederzeit vor Bedrohungen zu schützen'],
        b: ['die Abschreckung in den an Russland angrenzenden verbündeten Ländern'],
        mark: 'possible',
        reason: 'both: NATO will protect its allies',
      },
      {
        a: ['Angesichts der wachsenden Bedrohungen durch den Kreml warnte die NATO'],
        b: ['dass “die Gefahr eines Konflikts real ist”'],
        mark: 'possible',
        reason: 'NATO warns both times of a wider conflict (nuclear in 002, an invasion in 003)',
      },
    ],
  },
  {
    a: '002',
    b: '004',
    heldOut: false,
    marks: [
      {
        a: ['Die NATO ist nicht Teil des Konflikts'],
        b: ['nicht an dem Konflikt beteiligt ist', 'die NATO keine Konfliktpartei'],
        mark: 'sure',
        reason: "both quote Stoltenberg's line that NATO is not a party to the conflict",
      },
      {
        a: ['Es ist äußerst wichtig, die Ukraine zu unterstützen'],
        b: ['dass weitere Waffenlieferungen an die Ukraine unerlässlich seien'],
        mark: 'sure',
        reason: 'Stoltenberg both times: supporting Ukraine further is essential',
      },
      {
        a: ['sagte er am Vorabend eines Gipfels', 'auf einer Pressekonferenz.'],
        b: [
          'Unmittelbar vor dem Beginn eines zweitägigen Treffens',
          'Am Vorabend eines Treffens der NATO-Verteidigungsminister',
        ],
        mark: 'possible',
        reason:
          'Stoltenberg at a press conference in Brussels on the eve of a NATO meeting (two different meetings)',
      },
      {
        a: ['Der russische Außenminister Sergej Lawrow warnte'],
        b: ['einen Stellvertreterkrieg gegen Russland zu führen'],
        mark: 'possible',
        reason: 'Lavrov both times: NATO is (would be) at war with Russia',
      },
      {
        a: ['ein vollwertiger Krieg zwischen der NATO und Russland wird'],
        b: ['die NATO keine Konfliktpartei', 'nicht an dem Konflikt beteiligt ist'],
        mark: 'possible',
        reason: 'Stoltenberg: NATO must not become a party to the war',
      },
    ],
  },
  {
    a: '003',
    b: '004',
    heldOut: false,
    marks: [
      {
        a: ['„politisch und praktisch“ zu unterstützen'],
        b: [
          'dass weitere Waffenlieferungen an die Ukraine unerlässlich seien',
          'Waffen im Wert von mehreren Milliarden Dollar',
        ],
        mark: 'possible',
        reason: 'both: NATO supports Ukraine in practice',
      },
      {
        a: ['die Unterstützung der Ukraine bei der Selbstverteidigung zu fördern'],
        b: [
          'Waffen im Wert von mehreren Milliarden Dollar',
          'die ukrainischen Verteidiger zu unterstützen',
        ],
        mark: 'possible',
        reason: 'both: NATO helps Ukraine defend itself',
      },
    ],
  },
];
