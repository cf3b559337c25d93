import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SEED_DIR = path.resolve(import.meta.dirname, '../public/seeds');

/** The shipped seeds with one distinctive body sentence each (from the original files). */
export const SEEDS = {
  nato2024: {
    id: '000_9af47dd6e67bc4c7',
    title: 'NATO bereitet direktes Eingreifen in den Russland-Ukraine-Krieg vor',
    sentence: 'Arbeiter und Jugendliche auf der ganzen Welt müssen gewarnt werden',
  },
  northKorea: {
    id: '001_893b1a89f220f7f0',
    sentence: 'Andrij Kowalenko, der oberste ukrainische Beamte zur Desinformationsbekämpfung',
  },
  nuclear: {
    id: '002_0bda7b3f5836d6c8',
    title: 'Die NATO warnte Russland davor, dass es keinen Atomkrieg gewinnen kann',
    sentence: 'Polen teilte letzte Woche mit',
  },
  response: {
    id: '003_aa9fb3416deedb31',
    title: 'NATO verspricht gemeinsame Reaktion auf russische Aggression gegen die Ukraine',
    sentence:
      'Der NATO-Russland-Rat wurde 2002 als Ort zur Erörterung gegenseitiger Sicherheitsbelange gegründet.',
  },
  stoltenberg: {
    id: '004_f7e28fe3f4ccecb1',
    sentence: 'Moskau sieht das anders.',
  },
} as const;

export const seedFiles = () =>
  readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
export const readSeed = (file: string) => readFileSync(path.join(SEED_DIR, file));
