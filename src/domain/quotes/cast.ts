/**
 * The people an article names, and every place it names them, in reading order: by name with or
 * without a role ("NATO-Generalsekretär Jens Stoltenberg", later "Stoltenberg", "Stoltenbergs"),
 * by role alone ("der russische Außenminister": the last person with that role), or by "er" /
 * "sie" (the last person named, in this paragraph or up to three before). Words inside
 * quotations are never read as mentions.
 */
import {
  CLAUSE_OPENERS,
  NOT_A_SPEAKER,
  NOT_NAMES,
  PRONOUNS,
  SEPARABLE_SPEECH_VERBS,
  SPEECH_VERBS,
  groupRole,
} from './lexicon';
import {
  isCapitalized,
  lower,
  readGroupPhrase,
  readName,
  readNameThenRole,
  readRolePhrase,
} from './names';
import { personKey } from './speaker-key';
import type { Token } from './tokens';

export interface Person {
  id: number;
  /** The fullest name seen ("Jens Stoltenberg"). */
  name: string;
  key: string;
  /** Role phrases as written, latest last. */
  roles: string[];
  stems: Set<string>;
  /** Adjectives seen with the roles ("russische"). */
  adjectives: Set<string>;
}

export type MentionSource = 'named' | 'role' | 'pronoun';

export interface Mention {
  person: Person;
  source: MentionSource;
  paragraph: number;
  /** Token range in the paragraph. */
  from: number;
  to: number;
  /** Where the person's name (or the role) is written: for a pronoun, its antecedent's. */
  nameStart: number;
  nameEnd: number;
  role?: string;
}

/** How many paragraphs back "er" and "sie" look for the person they stand for. */
const PRONOUN_REACH = 3;
/** How many paragraphs back "der Generalsekretär" looks for the person with that role. */
const ROLE_REACH = 20;

function isSingularVerb(t: Token | undefined): boolean {
  const w = lower(t);
  return !!w && (w.endsWith('te') || w.endsWith('t')) && !w.endsWith('ten');
}

export class Cast {
  readonly people: Person[] = [];
  readonly mentions: Mention[] = [];
  private readonly byKey = new Map<string, Person>();

  constructor(private readonly text: string) {}

  /** The person with this surname or genitive ("Stoltenbergs"), if the article has named them. */
  known(word: string): Person | undefined {
    const k = personKey(word);
    return (
      this.byKey.get(k) ??
      (word.endsWith('s') ? this.byKey.get(personKey(word.slice(0, -1))) : undefined)
    );
  }

  private register(name: string, role?: string, stem?: string, adjectives: string[] = []): Person {
    const parts = name.split(/\s+/u);
    const key = personKey(parts[parts.length - 1] ?? name);
    let person = this.byKey.get(key);
    if (!person) {
      person = {
        id: this.people.length,
        name,
        key,
        roles: [],
        stems: new Set(),
        adjectives: new Set(),
      };
      this.people.push(person);
      this.byKey.set(key, person);
    } else if (name.length > person.name.length) {
      person.name = name;
    }
    if (role) person.roles.push(role);
    if (stem) person.stems.add(stem);
    for (const a of adjectives) person.adjectives.add(a.replace(/(e|en|er|es|em)$/u, ''));
    return person;
  }

  /** The last person mentioned with this role, preferring one whose role had the same adjectives. */
  private byRole(stem: string, adjectives: string[], paragraph: number): Mention | undefined {
    const wanted = adjectives.map((a) => a.replace(/(e|en|er|es|em)$/u, ''));
    let fallback: Mention | undefined;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (!m || m.paragraph < paragraph - ROLE_REACH) break;
      if (!m.person.stems.has(stem)) continue;
      if (wanted.every((a) => m.person.adjectives.has(a))) return m;
      fallback ??= m;
    }
    return fallback;
  }

  /** The last person mentioned at or before this paragraph, within reach. */
  lastMention(paragraph: number): Mention | undefined {
    const m = this.mentions[this.mentions.length - 1];
    return m && m.paragraph >= paragraph - PRONOUN_REACH ? m : undefined;
  }

  private push(
    m: Omit<Mention, 'nameStart' | 'nameEnd'>,
    tokens: Token[],
    nameFrom: number,
    nameTo: number,
  ): void {
    const a = tokens[nameFrom];
    const b = tokens[nameTo - 1];
    this.mentions.push({ ...m, nameStart: a?.start ?? 0, nameEnd: b?.end ?? 0 });
  }

  private slice(tokens: Token[], from: number, to: number): string {
    const a = tokens[from];
    const b = tokens[to - 1];
    return a && b ? this.text.slice(a.start, b.end) : '';
  }

  /** Reads one paragraph's mentions, in order. */
  scan(tokens: Token[], paragraph: number): void {
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i];
      if (!t || t.kind !== 'word') {
        i++;
        continue;
      }
      const lw = t.text.toLowerCase();
      if (PRONOUNS.has(lw)) {
        const singular =
          lw === 'er' || isSingularVerb(tokens[i - 1]) || isSingularVerb(tokens[i + 1]);
        const antecedent = singular ? this.lastMention(paragraph) : undefined;
        if (antecedent) {
          this.mentions.push({
            person: antecedent.person,
            source: 'pronoun',
            paragraph,
            from: i,
            to: i + 1,
            nameStart: antecedent.nameStart,
            nameEnd: antecedent.nameEnd,
            role: antecedent.role,
          });
        }
        i++;
        continue;
      }
      if (isCapitalized(t) && groupRole(t.text)) {
        // "die Denkfabrik European Council on Foreign Affairs": a group's name, nobody's
        const g = readGroupPhrase(tokens, i);
        i = Math.max(i + 1, g?.to ?? 0);
        continue;
      }
      const role = readRolePhrase(tokens, i) ?? readNameThenRole(tokens, i);
      if (role) {
        const roleText = this.slice(tokens, role.roleFrom, role.roleTo);
        if (role.nameFrom !== undefined && role.nameTo !== undefined) {
          const name = this.slice(tokens, role.nameFrom, role.nameTo);
          const person = this.register(name, roleText, role.stem, role.adjectives);
          this.push(
            { person, source: 'named', paragraph, from: role.from, to: role.to, role: roleText },
            tokens,
            role.nameFrom,
            role.nameTo,
          );
          i = role.to;
          continue;
        }
        const roleWord = tokens[role.roleTo - 1]?.text ?? '';
        const definite =
          ['der', 'dem', 'des', 'den'].includes(role.determiner ?? '') ||
          (role.determiner === 'die' && /in$/u.test(roleWord));
        const plural = /(innen|s)$/u.test(roleWord) && !/ss$/u.test(roleWord);
        const found =
          definite && !plural ? this.byRole(role.stem, role.adjectives, paragraph) : undefined;
        if (found) {
          this.push(
            {
              person: found.person,
              source: 'role',
              paragraph,
              from: role.from,
              to: role.to,
              role: roleText,
            },
            tokens,
            role.roleFrom,
            role.roleTo,
          );
        }
        i = role.to;
        continue;
      }
      if (isCapitalized(t)) {
        const end = readName(tokens, i);
        if (end > i) {
          let person: Person | undefined;
          for (let k = end - 1; k >= i && !person; k--) person = this.known(tokens[k]?.text ?? '');
          // A bare name that starts a clause and says something: "Macron sagte", "während Putin erklärt hatte".
          const prev = tokens[i - 1];
          const next = lower(tokens[end]);
          const saying = SPEECH_VERBS.has(next) || SEPARABLE_SPEECH_VERBS.has(next);
          const opens = !prev || prev.kind !== 'word' || CLAUSE_OPENERS.has(lower(prev));
          if (
            !person &&
            saying &&
            opens &&
            !NOT_A_SPEAKER.has(lower(t)) &&
            !NOT_NAMES.has(lower(t))
          ) {
            person = this.register(this.slice(tokens, i, end));
          }
          if (person) {
            this.push(
              {
                person,
                source: 'named',
                paragraph,
                from: i,
                to: end,
                role: person.roles[person.roles.length - 1],
              },
              tokens,
              i,
              end,
            );
          }
          i = end;
          continue;
        }
      }
      i++;
    }
  }
}
