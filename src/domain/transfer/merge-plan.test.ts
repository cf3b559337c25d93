import { describe, expect, it } from 'vitest';
import { highlight, sampleData, T0, T1 } from './backup.fixture';
import { planImport, type LocalRecords } from './merge-plan';
import { RECORD_KEY } from './order';
import type { BackupData } from './types';

const EMPTY: BackupData = {
  highlights: [],
  articleStates: [],
  tags: [],
  colors: [],
  links: [],
  reviews: [],
  userArticles: [],
};

/** Local records as the repository would read them: everything in `here`. */
function local(here: Partial<BackupData>): LocalRecords {
  const data = { ...EMPTY, ...here };
  const map = <T>(rows: T[], key: (r: T) => string) => new Map(rows.map((r) => [key(r), r]));
  return {
    highlights: map(data.highlights, RECORD_KEY.highlights),
    articleStates: map(data.articleStates, RECORD_KEY.articleStates),
    tags: map(data.tags, RECORD_KEY.tags),
    colors: map(data.colors, RECORD_KEY.colors),
    links: map(data.links, RECORD_KEY.links),
    reviews: map(data.reviews, RECORD_KEY.reviews),
    userArticles: map(data.userArticles, RECORD_KEY.userArticles),
    allTags: data.tags,
  };
}

describe('planImport', () => {
  it('writes everything into an empty database', () => {
    const plan = planImport(sampleData(), local({}), { strategy: 'keep-newer' });
    expect(plan.new).toEqual({
      highlights: 3,
      articleStates: 2,
      tags: 2,
      colors: 5,
      links: 1,
      reviews: 2,
      userArticles: 2,
    });
    expect(plan.writes).toEqual(sampleData());
    expect(plan.conflicts).toEqual([]);
  });

  it('writes nothing when everything is already here', () => {
    const plan = planImport(sampleData(), local(sampleData()), { strategy: 'theirs' });
    expect(plan.unchanged.highlights).toBe(3);
    expect(Object.values(plan.writes).flat()).toEqual([]);
  });

  it('takes the newer copy; a newer copy here is a conflict kept unless "theirs"', () => {
    const file = {
      ...EMPTY,
      highlights: [
        highlight('a', { note: 'file', updatedAt: T1 }),
        highlight('b', { note: 'file' }),
      ],
    };
    const here = {
      highlights: [
        highlight('a', { note: 'here' }),
        highlight('b', { note: 'here', updatedAt: T1 }),
      ],
    };
    const keep = planImport(file, local(here), { strategy: 'keep-newer' });
    expect(keep.updated.highlights).toBe(1);
    expect(keep.writes.highlights.map((h) => h.note)).toEqual(['file']);
    expect(keep.conflicts).toEqual([
      { kind: 'highlights', id: 'b', reason: 'changed here after the file was made' },
    ]);
    const theirs = planImport(file, local(here), { strategy: 'theirs' });
    expect(theirs.writes.highlights.map((h) => h.id)).toEqual(['a', 'b']);
    expect(theirs.conflicts).toHaveLength(1);
  });

  it('treats equal times with different content as a conflict', () => {
    const plan = planImport(
      { ...EMPTY, highlights: [highlight('a', { note: 'x' })] },
      local({ highlights: [highlight('a')] }),
      { strategy: 'keep-newer' },
    );
    expect(plan.conflicts[0]?.reason).toBe('changed both here and in the file at the same time');
  });

  it('replaces a colour still as seeded, but not one the user renamed', () => {
    const seed = { id: 'context', label: 'Context', swatch: 'blue' as const, order: 2 };
    const file = { ...EMPTY, colors: [{ ...seed, label: 'Background' }] };
    const fresh = planImport(file, local({ colors: [seed] }), {
      strategy: 'keep-newer',
      seedColors: [seed],
    });
    expect(fresh.updated.colors).toBe(1);
    const renamed = planImport(file, local({ colors: [{ ...seed, label: 'Hintergrund' }] }), {
      strategy: 'keep-newer',
      seedColors: [seed],
    });
    expect(renamed.conflicts).toEqual([
      { kind: 'colors', id: 'context', reason: 'its meaning was changed here' },
    ]);
  });

  it('maps a tag onto the tag here with the same name and re-points its uses', () => {
    const file = {
      ...EMPTY,
      tags: [
        { id: 'theirs', name: 'nato', color: 'gray' as const, description: '', createdAt: T0 },
      ],
      highlights: [highlight('h', { tags: ['theirs'] })],
      articleStates: [
        {
          articleId: 'a',
          tags: ['theirs'],
          note: '',
          readingOffset: 0,
          progress: 0,
          updatedAt: T0,
        },
      ],
    };
    const mine = {
      id: 'mine',
      name: 'NATO',
      color: 'blue' as const,
      description: 'x',
      createdAt: T0,
    };
    const plan = planImport(file, local({ tags: [mine] }), { strategy: 'theirs' });
    expect(plan.writes.tags).toEqual([]);
    expect(plan.unchanged.tags).toBe(1);
    expect(plan.writes.highlights[0]?.tags).toEqual(['mine']);
    expect(plan.writes.articleStates[0]?.tags).toEqual(['mine']);
  });

  it('never renames a tag here that another tag in the file was mapped onto', () => {
    const tag = (id: string, name: string) => ({
      id,
      name,
      color: 'gray' as const,
      description: '',
      createdAt: T0,
    });
    const file = { ...EMPTY, tags: [tag('a', 'Alpha'), tag('b', 'Beta')] };
    const plan = planImport(file, local({ tags: [tag('b', 'alpha')] }), { strategy: 'theirs' });
    expect(plan.writes.tags).toEqual([]);
    expect(plan.conflicts).toEqual([
      { kind: 'tags', id: 'b', reason: 'another tag in the file has this tag’s name' },
    ]);
  });

  it('treats a link between two highlights already linked here as that link', () => {
    const link = {
      id: 'file-link',
      fromId: 'h1',
      toId: 'h2',
      relation: 'supports' as const,
      note: '',
      createdAt: T0,
    };
    const plan = planImport(
      { ...EMPTY, links: [link] },
      local({ links: [{ ...link, id: 'my-link' }] }),
      { strategy: 'keep-newer' },
    );
    expect(plan.unchanged.links).toBe(1);
    expect(plan.writes.links).toEqual([]);
  });
});
