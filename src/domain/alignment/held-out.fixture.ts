/**
 * A second held-out set for the alignment, written by hand on 2026-12-06 BEFORE any of the
 * rules it is meant to check (people's coreference, the concept lexicon) were written, and
 * committed on its own first. It is never tuned on: its figures are looked at only to report
 * them (`held-out.test.ts`).
 *
 * Five short invented article pairs in the style of German news: the same event told by two
 * outlets in their own words, in a different order, with sentences only one of them has, and
 * with distractors that name the same people, places or institutions but say something else
 * ("Rutte led the Dutch government" / "Rutte succeeded Stoltenberg"). Four are about war,
 * defence and diplomacy, the domain of the seeds; the fifth (EU tariffs on Chinese cars) is
 * outside it, to show what the rules do where their word lists do not reach.
 *
 * Marks as in `seed-alignment.fixture.ts`: `sure` for the same event, quotation or specific
 * claim, `possible` for a closely related one; anything else that pairs is wrong.
 */
import type { MarkedCorrespondence } from './seed-alignment.fixture';
import { article } from './test-articles.fixture';
import type { AlignInput } from './types';

export interface HeldOutPair {
  name: string;
  a: AlignInput;
  b: AlignInput;
  marks: MarkedCorrespondence[];
}

export const HELD_OUT: HeldOutPair[] = [
  {
    name: 'NATO defence ministers on spending (Rutte)',
    a: article(
      'Die Verteidigungsminister der NATO-Staaten sind am Donnerstag in Brüssel zusammengekommen, um über höhere Militärausgaben zu beraten.',
      'NATO-Generalsekretär Mark Rutte forderte die Verbündeten auf, künftig deutlich mehr als zwei Prozent ihrer Wirtschaftsleistung für die Verteidigung auszugeben. „Wir sind nicht im Krieg, aber wir sind auch nicht im Frieden“, sagte Rutte vor Journalisten.',
      'Der Niederländer verwies auf die wachsende Bedrohung durch Russland, das seine Rüstungsproduktion massiv hochgefahren habe.',
      'Mehrere osteuropäische Staaten unterstützen den Vorstoß, Spanien und Italien zeigten sich dagegen zurückhaltend.',
      'Rutte hatte vor seinem Amtsantritt 14 Jahre lang die niederländische Regierung geführt. Ein Beschluss soll beim Gipfel im Sommer in Den Haag fallen.',
    ),
    b: article(
      'Der Chef des Militärbündnisses hat die Mitgliedsländer zu einer kräftigen Aufstockung ihrer Wehretats gedrängt.',
      'Beim Treffen der Ressortchefs in der belgischen Hauptstadt sagte Rutte, das bisherige Ziel von zwei Prozent des Bruttoinlandsprodukts reiche nicht mehr aus.',
      'Moskau produziere inzwischen in drei Monaten so viel Munition wie alle Verbündeten zusammen in einem Jahr, warnte der frühere niederländische Regierungschef. Die Lage sei weder Krieg noch Frieden, so Rutte.',
      'Widerstand kommt vor allem aus Madrid, das schon das bisherige Ziel verfehlt.',
      'Rutte war im Oktober auf den Norweger Jens Stoltenberg gefolgt. Die Staats- und Regierungschefs wollen im Juni in Den Haag über ein neues Ausgabenziel entscheiden.',
    ),
    marks: [
      {
        a: ['forderte die Verbündeten auf, künftig deutlich mehr'],
        b: ['Aufstockung ihrer Wehretats gedrängt', 'reiche nicht mehr aus'],
        mark: 'sure',
        reason: 'Rutte (the alliance chief) urges allies to spend more than two per cent',
      },
      {
        a: ['am Donnerstag in Brüssel zusammengekommen'],
        b: ['Beim Treffen der Ressortchefs'],
        mark: 'sure',
        reason: 'the defence ministers meet in Brussels',
      },
      {
        a: ['Wir sind nicht im Krieg, aber'],
        b: ['Die Lage sei weder Krieg noch Frieden'],
        mark: 'sure',
        reason: "Rutte's line: neither at war nor at peace (quoted in one, reported in the other)",
      },
      {
        a: ['seine Rüstungsproduktion massiv hochgefahren habe'],
        b: ['Moskau produziere inzwischen in drei Monaten'],
        mark: 'sure',
        reason: 'Russia has greatly raised its arms production',
      },
      {
        a: ['Spanien und Italien zeigten sich dagegen'],
        b: ['Widerstand kommt vor allem aus Madrid'],
        mark: 'sure',
        reason: 'Spain resists the higher target',
      },
      {
        a: ['Ein Beschluss soll beim Gipfel'],
        b: ['wollen im Juni in Den Haag'],
        mark: 'sure',
        reason: 'the decision falls at the summit in The Hague in the summer',
      },
      {
        a: ['am Donnerstag in Brüssel zusammengekommen'],
        b: ['Aufstockung ihrer Wehretats gedrängt'],
        mark: 'possible',
        reason: 'the meeting is about higher military spending',
      },
    ],
  },
  {
    name: 'Prisoner exchange after talks in Istanbul',
    a: article(
      'Russland und die Ukraine haben nach Gesprächen in Istanbul jeweils 390 Gefangene ausgetauscht. Es war der größte Gefangenenaustausch seit Beginn des Krieges, teilte das ukrainische Präsidialamt mit.',
      'Präsident Wolodymyr Selenskyj dankte der Türkei für die Vermittlung.',
      'Eine Waffenruhe lehnte die russische Delegation unter Leitung von Wladimir Medinski erneut ab. Medinski hatte bereits 2022 die russische Seite bei den gescheiterten Verhandlungen in Istanbul angeführt.',
      'Selenskyj kündigte an, am Abend mit US-Präsident Donald Trump zu telefonieren.',
    ),
    b: article(
      'Kiew und Moskau haben im Rahmen der Istanbuler Verhandlungen Hunderte Kriegsgefangene freigelassen.',
      'Auf jeder Seite kamen 390 Soldaten und Zivilisten frei – so viele wie noch nie seit der Invasion im Februar 2022.',
      'Die Moskauer Unterhändler wiesen die Forderung nach einer Feuerpause zurück.',
      'Selenskyj lobte Ankara für seine Rolle als Vermittler. Der ukrainische Präsident forderte zugleich neue Sanktionen gegen Russland.',
      'Beobachter erwarten, dass die Gespräche in Istanbul im Juli fortgesetzt werden.',
    ),
    marks: [
      {
        a: ['jeweils 390 Gefangene ausgetauscht'],
        b: ['Hunderte Kriegsgefangene freigelassen'],
        mark: 'sure',
        reason: 'the two sides exchange prisoners after the Istanbul talks',
      },
      {
        a: ['der größte Gefangenenaustausch seit Beginn'],
        b: ['so viele wie noch nie seit der Invasion'],
        mark: 'sure',
        reason: 'the largest exchange since the war began',
      },
      {
        a: ['jeweils 390 Gefangene ausgetauscht'],
        b: ['Auf jeder Seite kamen 390 Soldaten'],
        mark: 'possible',
        reason: 'the same 390 on each side',
      },
      {
        a: ['Eine Waffenruhe lehnte die russische Delegation'],
        b: ['Die Moskauer Unterhändler wiesen die Forderung'],
        mark: 'sure',
        reason: 'the Russian delegation again refuses a ceasefire',
      },
      {
        a: ['dankte der Türkei für die Vermittlung'],
        b: ['lobte Ankara für seine Rolle'],
        mark: 'sure',
        reason: 'Zelensky thanks Turkey for mediating',
      },
    ],
  },
  {
    name: 'Drone attack on Kyiv',
    a: article(
      'Bei einem massiven russischen Drohnenangriff auf Kiew sind in der Nacht mindestens vier Menschen getötet worden.',
      'Nach Angaben der Luftwaffe feuerte Russland mehr als 300 Drohnen und 20 Raketen auf die Ukraine ab. Mehrere Kraftwerke wurden getroffen, in weiten Teilen der Hauptstadt fiel der Strom aus.',
      'Bürgermeister Vitali Klitschko rief die Bewohner auf, Wasser zu sparen. Klitschko war früher Boxweltmeister im Schwergewicht.',
      'Präsident Selenskyj forderte vom Westen zusätzliche Patriot-Systeme zur Luftverteidigung.',
    ),
    b: article(
      'Russland hat die Ukraine in der Nacht mit Hunderten Kampfdrohnen und Marschflugkörpern angegriffen.',
      'In der Hauptstadt starben mindestens vier Menschen, wie Stadtoberhaupt Klitschko mitteilte.',
      'Die Angriffe zielten vor allem auf die Energieversorgung; Hunderttausende Haushalte waren ohne Elektrizität.',
      'Selenskyj verlangte von den Verbündeten mehr Flugabwehr, um die Städte zu schützen. Klitschko kritisierte zugleich Selenskyj für mangelnde Vorbereitung des Zivilschutzes.',
      'Auch in Charkiw und Odessa gab es Explosionen.',
    ),
    marks: [
      {
        a: ['mehr als 300 Drohnen und 20 Raketen'],
        b: ['mit Hunderten Kampfdrohnen und Marschflugkörpern'],
        mark: 'sure',
        reason: 'Russia attacks Ukraine overnight with hundreds of drones and missiles',
      },
      {
        a: ['mindestens vier Menschen getötet worden'],
        b: ['In der Hauptstadt starben mindestens vier'],
        mark: 'sure',
        reason: 'at least four dead in Kyiv',
      },
      {
        a: ['massiven russischen Drohnenangriff auf Kiew'],
        b: ['mit Hunderten Kampfdrohnen und Marschflugkörpern'],
        mark: 'possible',
        reason: 'the same attack, told from its victims or from its size',
      },
      {
        a: ['in weiten Teilen der Hauptstadt fiel der Strom aus'],
        b: ['Hunderttausende Haushalte waren ohne Elektrizität'],
        mark: 'sure',
        reason: 'power stations hit, the city without electricity',
      },
      {
        a: ['zusätzliche Patriot-Systeme zur Luftverteidigung'],
        b: ['mehr Flugabwehr, um die Städte zu schützen'],
        mark: 'sure',
        reason: 'Zelensky asks the West for more air defence',
      },
    ],
  },
  {
    name: 'Cabinet passes the new military service law (Pistorius)',
    a: article(
      'Das Bundeskabinett hat am Mittwoch den Gesetzentwurf für einen neuen Wehrdienst beschlossen.',
      'Verteidigungsminister Boris Pistorius will damit die Zahl der Soldatinnen und Soldaten bis 2035 auf 260.000 erhöhen.',
      'Zunächst setzt das Gesetz auf Freiwilligkeit: Alle 18-jährigen Männer müssen einen Fragebogen ausfüllen. Sollten sich nicht genügend Freiwillige melden, könnte der Bundestag eine Pflicht beschließen.',
      'Die Union hält das für unzureichend und fordert eine sofortige Rückkehr zur Wehrpflicht.',
      'Pistorius ist seit Januar 2023 im Amt und gilt als beliebtester Politiker des Landes.',
    ),
    b: article(
      'Die Bundesregierung hat den Weg für das neue Wehrdienstgesetz freigemacht.',
      'Der SPD-Politiker Pistorius plant, die Truppe in den kommenden zehn Jahren auf 260.000 Männer und Frauen zu vergrößern.',
      'Junge Männer werden künftig angeschrieben und müssen Angaben zu ihrer Bereitschaft und Eignung machen. Falls die Freiwilligkeit nicht reicht, soll das Parlament über eine verpflichtende Einberufung entscheiden.',
      'CDU und CSU kritisieren, der Entwurf gehe nicht weit genug; sie wollen die Pflicht zum Dienst sofort wieder einführen.',
      'Der Verteidigungsminister reist am Donnerstag nach Litauen, wo eine deutsche Brigade stationiert wird.',
    ),
    marks: [
      {
        a: ['den Gesetzentwurf für einen neuen Wehrdienst beschlossen'],
        b: ['den Weg für das neue Wehrdienstgesetz freigemacht'],
        mark: 'sure',
        reason: 'the cabinet passes the draft military service law',
      },
      {
        a: ['bis 2035 auf 260.000 erhöhen'],
        b: ['auf 260.000 Männer und Frauen zu vergrößern'],
        mark: 'sure',
        reason: 'Pistorius wants 260,000 soldiers within ten years',
      },
      {
        a: ['Alle 18-jährigen Männer müssen einen Fragebogen'],
        b: ['Junge Männer werden künftig angeschrieben'],
        mark: 'sure',
        reason: 'young men must fill in a questionnaire',
      },
      {
        a: ['Sollten sich nicht genügend Freiwillige melden'],
        b: ['Falls die Freiwilligkeit nicht reicht'],
        mark: 'sure',
        reason: 'if too few volunteer, parliament may decide on compulsory service',
      },
      {
        a: ['fordert eine sofortige Rückkehr zur Wehrpflicht'],
        b: ['sie wollen die Pflicht zum Dienst sofort'],
        mark: 'sure',
        reason: 'the CDU/CSU opposition wants conscription back at once',
      },
      {
        a: ['Zunächst setzt das Gesetz auf Freiwilligkeit'],
        b: ['Falls die Freiwilligkeit nicht reicht'],
        mark: 'possible',
        reason: 'the law starts with volunteers',
      },
    ],
  },
  {
    name: 'EU tariffs on Chinese electric cars (outside the war lexicon)',
    a: article(
      'Die EU-Kommission hat Strafzölle von bis zu 35 Prozent auf Elektroautos aus China verhängt. Brüssel wirft Peking vor, die Hersteller mit unfairen Subventionen zu unterstützen.',
      'China kündigte Gegenmaßnahmen an und leitete eine Untersuchung zu europäischem Schweinefleisch ein.',
      'Deutschland hatte bei der Abstimmung der Mitgliedsstaaten gegen die Zölle gestimmt. Die deutsche Autoindustrie fürchtet einen Handelskrieg.',
    ),
    b: article(
      'Elektrofahrzeuge chinesischer Produktion werden in der Europäischen Union künftig mit zusätzlichen Abgaben belegt.',
      'Nach Ansicht der Kommission verzerren staatliche Beihilfen in der Volksrepublik den Wettbewerb. Die Kommission hatte ihre Untersuchung im Oktober 2023 eingeleitet.',
      'Peking drohte mit Vergeltung und nahm Schweinefleischimporte aus der EU ins Visier.',
      'Die Bundesregierung war mit ihrem Nein zu den Zöllen in der Minderheit geblieben. Volkswagen, BMW und Mercedes verkaufen rund ein Drittel ihrer Autos in China.',
    ),
    marks: [
      {
        a: ['Strafzölle von bis zu 35 Prozent'],
        b: ['Elektrofahrzeuge chinesischer Produktion'],
        mark: 'sure',
        reason: 'the EU puts extra duties on Chinese electric cars',
      },
      {
        a: ['mit unfairen Subventionen zu unterstützen'],
        b: ['verzerren staatliche Beihilfen'],
        mark: 'sure',
        reason: 'the Commission says Chinese state subsidies are unfair',
      },
      {
        a: ['China kündigte Gegenmaßnahmen an'],
        b: ['Peking drohte mit Vergeltung'],
        mark: 'sure',
        reason: 'China threatens retaliation, aimed at European pork',
      },
      {
        a: ['gegen die Zölle gestimmt'],
        b: ['mit ihrem Nein zu den Zöllen'],
        mark: 'sure',
        reason: 'Germany voted against the tariffs',
      },
    ],
  },
];
