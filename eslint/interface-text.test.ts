import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** What the project's lint says of `code` as a component in src/features. */
async function problems(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/features/library/probe.tsx' });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

const component = (jsx: string) =>
  `import { useT } from '@/shared/i18n';\nexport function Probe({ n }: { n: number }) {\n  const t = useT();\n  return ${jsx};\n}\n`;

describe('interface text outside the catalogs', () => {
  it.each([
    ['words in JSX', '<p>No articles yet</p>'],
    ['a string in braces', "<p>{'No articles yet'}</p>"],
    ['an aria-label', '<button aria-label="Close">×</button>'],
    ['a title', '<span title="Reading time">{n}</span>'],
    ['a placeholder', '<input placeholder="Search articles" />'],
    ['a prop of our own components', '<Dialog closeLabel="Close" />'],
    ['a template in a label', '<button aria-label={`Remove ${n}`}>{t("library.x")}</button>'],
    ['a template in JSX', '<p>{`${n} articles`}</p>'],
    ['a toast message', "<button onClick={() => alert({ message: 'Saved to this browser' })} />"],
  ])('refuses %s', async (_what, jsx) => {
    const found = await problems(component(jsx));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/goes through the catalogs/);
  });

  it.each([
    ['a message', "<p>{t('library.x')}</p>"],
    ['numbers and signs', '<p>{n} · 1–5 ×</p>'],
    ['class names and test ids', '<p className="text-ink" data-testid="count">{n}</p>'],
    ['templates in other attributes', '<p id={`${n}-hint`} className={`swatch-${n} flex`}>{n}</p>'],
    ['a single letter (a key)', '<kbd>h</kbd>'],
    [
      'ids in aria references',
      '<p aria-labelledby="display-heading" aria-describedby="hint">{n}</p>',
    ],
  ])('allows %s', async (_what, jsx) => {
    expect(await problems(component(jsx))).toEqual([]);
  });
});
