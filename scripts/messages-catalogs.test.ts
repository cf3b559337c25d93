// The missing-key check: every message exists in every language, parses, and asks for the same
// values, so no German reader meets an English fallback or a crash on a missing placeholder.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type Token } from '@messageformat/parser';
import { describe, expect, it } from 'vitest';
import { readCatalogs } from './messages-plugin';
import { LOCALES } from '../src/shared/i18n/locale';

type Category = NonNullable<Parameters<typeof parse>[1]>['cardinal'];

const dir = fileURLToPath(new URL('../src/shared/i18n/locales', import.meta.url));
const catalogs = Object.fromEntries(LOCALES.map((l) => [l, readCatalogs(dir, l)]));
const english = catalogs.en ?? {};

/** The argument names a message uses, and for each plural or select the cases it offers. */
function shape(tokens: readonly Token[], out = new Set<string>()): Set<string> {
  for (const token of tokens) {
    if (token.type === 'argument' || token.type === 'function') out.add(token.arg);
    if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
      out.add(token.arg);
      for (const c of token.cases) shape(c.tokens, out);
    }
  }
  return out;
}

function pluralsLackingOther(tokens: readonly Token[]): string[] {
  return tokens.flatMap((token) =>
    token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal'
      ? [
          ...(token.cases.some((c) => c.key === 'other') ? [] : [token.arg]),
          ...token.cases.flatMap((c) => pluralsLackingOther(c.tokens)),
        ]
      : [],
  );
}

describe('message catalogs', () => {
  it('has the same catalog files in every language', () => {
    const files = LOCALES.map((l) => readdirSync(`${dir}/${l}`).sort().join(', '));
    expect(new Set(files).size).toBe(1);
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale} has every English message and no other`, () => {
      const keys = Object.keys(catalogs[locale] ?? {});
      const missing = Object.keys(english).filter((k) => !keys.includes(k));
      const extra = keys.filter((k) => !(k in english));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });
  }

  for (const locale of LOCALES) {
    it(`${locale}: every message parses, is not empty, and asks for what English asks for`, () => {
      const problems: string[] = [];
      for (const [key, message] of Object.entries(catalogs[locale] ?? {})) {
        if (message.trim() === '') {
          problems.push(`${key}: empty`);
          continue;
        }
        try {
          const cardinal = new Intl.PluralRules(locale).resolvedOptions()
            .pluralCategories as Category;
          const tokens = parse(message, { cardinal });
          const english_ = english[key];
          const wanted = english_ === undefined ? undefined : shape(parse(english_));
          const got = shape(tokens);
          if (wanted && [...wanted].sort().join() !== [...got].sort().join()) {
            problems.push(
              `${key}: uses {${[...got].join(', ')}}, English {${[...wanted].join(', ')}}`,
            );
          }
          for (const arg of pluralsLackingOther(tokens))
            problems.push(`${key}: {${arg}} has no "other"`);
        } catch (error) {
          problems.push(`${key}: ${String(error)}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
