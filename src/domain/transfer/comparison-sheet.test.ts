import { describe, expect, it } from 'vitest';
import { comparisonSheet, type ComparisonInput, type ComparisonLabels } from './comparison-sheet';

const labels: ComparisonLabels = {
  language: 'en',
  title: ({ left, right }) => `Comparison: ${left} ↔ ${right}`,
  made: (date) => `Made with Sidenote on ${date}`,
  side: (side) => (side === 'left' ? 'Left' : 'Right'),
  linked: (count) => `Linked passages (${count})`,
  aligned: (count) => `Found by Sidenote, not linked (${count})`,
  onlyIn: ({ outlet, count }) => `Only in ${outlet} (${count})`,
  onlyNote: (other) =>
    `Sidenote found no close wording for these in ${other}; it may tell them in other words.`,
  sideOutlet: ({ side, outlet }) => `${outlet}, ${side === 'left' ? 'left' : 'right'}`,
  relation: 'Relation',
  kind: 'Kind',
  why: 'Why',
  relationName: (r) =>
    ({
      'same-event': 'Same event',
      supports: 'Supports',
      contradicts: 'Contradicts',
      other: 'Related',
    })[r],
  kindName: (k) => (k === 'quote' ? 'Same quotation' : 'Same event or claim'),
  none: 'None.',
};

const input = (over: Partial<ComparisonInput> = {}): ComparisonInput => ({
  left: {
    title: 'NATO warnt Russland',
    outlet: 'Infobae',
    date: { iso: '2022-03-23', precision: 'day' },
    language: 'de',
  },
  right: { title: 'Stoltenberg: Russland darf nicht siegen', outlet: 'RT DE' },
  links: [
    {
      relation: 'contradicts',
      left: '„Die NATO ist nicht Teil des Konflikts“',
      right: 'die von den USA angeführte Allianz nicht am Konflikt beteiligt',
      note: 'RT DE *zweifelt* das an | siehe unten',
    },
  ],
  aligned: [
    { kind: 'quote', left: 'Russland darf nicht gewinnen', right: 'dass Russland nicht siege' },
  ],
  onlyLeft: ['Polen teilte letzte Woche mit …', 'Lawrow warnte am Mittwoch'],
  onlyRight: [],
  generatedAt: '2026-12-06T10:00:00Z',
  ...over,
});

describe('the comparison sheet', () => {
  it('sets the two outlets side by side: links with relation and why, suggestions, and each one’s omissions', () => {
    const md = comparisonSheet(input(), labels);
    expect(md).toContain(
      '# Comparison: NATO warnt Russland ↔ Stoltenberg: Russland darf nicht siegen',
    );
    expect(md).toContain('Made with Sidenote on December 6, 2026');
    expect(md).toContain('| Infobae | RT DE |');
    // Under the outlets: title, then author and date (the outlet is not said twice).
    expect(md).toContain('| 23. März 2022 |  |');
    expect(md).toContain('## Linked passages (1)');
    expect(md).toContain('| Relation | Infobae | RT DE | Why |');
    expect(md).toContain(
      '| **Contradicts** | „Die NATO ist nicht Teil des Konflikts“ | die von den USA angeführte Allianz nicht am Konflikt beteiligt | RT DE \\*zweifelt\\* das an \\| siehe unten |',
    );
    expect(md).toContain(
      '| Same quotation | Russland darf nicht gewinnen | dass Russland nicht siege |',
    );
    expect(md).toContain(
      '## Only in Infobae (2)\n\nSidenote found no close wording for these in RT DE; it may tell them in other words.\n\n- Polen teilte letzte Woche mit …\n- Lawrow warnte am Mittwoch',
    );
    expect(md).toContain('## Only in RT DE (0)\n\nNone.');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('names a side by its place when the article has no outlet, and says when nothing is linked', () => {
    const md = comparisonSheet(
      input({ left: { title: 'Ohne Quelle' }, links: [], aligned: [] }),
      labels,
    );
    expect(md).toContain('| Left | RT DE |');
    expect(md).toContain('## Linked passages (0)\n\nNone.');
    expect(md).toContain('## Only in Left (2)');
  });

  it('tells two articles of the same outlet apart by their side', () => {
    const md = comparisonSheet(
      input({
        left: { title: 'Erster Bericht', outlet: 'WSWS.ORG' },
        right: { title: 'Zweiter Bericht', outlet: 'wsws' },
        onlyRight: ['Nur rechts'],
      }),
      labels,
    );
    expect(md).toContain('| WSWS.ORG, left | wsws, right |');
    expect(md).toContain('| Relation | WSWS.ORG, left | wsws, right | Why |');
    expect(md).toContain('## Only in WSWS.ORG, left (2)');
    expect(md).toContain(
      '## Only in wsws, right (1)\n\nSidenote found no close wording for these in WSWS.ORG, left;',
    );
  });

  it('keeps a passage with Markdown or a line break in its own cell, as plain text', () => {
    const md = comparisonSheet(
      input({ onlyRight: ['# not a heading\n[x](javascript:alert(1)) <b>'] }),
      labels,
    );
    expect(md).toContain('- \\# not a heading \\[x\\](javascript:alert(1)) \\<b>');
    expect(md).not.toMatch(/^# not a heading/m);
  });
});
