import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { anchorMany } from '@/domain/anchoring';
import type { Article } from '@/domain/article/types';
import { useMemberHighlights, useSyncAccount } from '@/db/live/sync';
import type { MemberHighlight } from '@/db/sync/records';
import { textHashQuery } from '@/shared/queries/articles';
import { useT } from '@/shared/i18n';

/** A highlight another member of a study group shares, placed in this article's text. */
export interface MemberAnchored {
  highlight: MemberHighlight;
  authorName: string;
  start: number;
  end: number;
}

export interface MemberHighlights {
  anchored: MemberAnchored[];
  /** Shared highlights whose passage is not in this version of the text. */
  unplaced: number;
  /** Members with highlights here, by id → name. */
  authors: Map<string, string>;
}

const NONE: MemberHighlights = { anchored: [], unplaced: 0, authors: new Map() };

/** What other members share on this article, anchored like one's own highlights. */
export function useArticleMemberHighlights(article: Article): MemberHighlights {
  const records = useMemberHighlights(article.id);
  const account = useSyncAccount();
  const hash = useQuery(textHashQuery(article));
  const t = useT();
  return useMemo(() => {
    if (!records || records.length === 0 || !account) return NONE;
    const names = new Map<string, string>();
    account.groups.forEach((g) => g.members.forEach((m) => names.set(m.id, m.name)));
    const results = anchorMany(
      article.text,
      records.map((h) => h.target),
      { textHash: hash.data },
    );
    const anchored: MemberAnchored[] = [];
    let unplaced = 0;
    results.forEach((r, i) => {
      const highlight = records[i];
      if (!highlight) return;
      if (r.status === 'orphan') unplaced++;
      else {
        const authorName = names.get(highlight.authorId) ?? t('reader.member.former');
        anchored.push({ highlight, authorName, start: r.start, end: r.end });
      }
    });
    anchored.sort((a, b) => a.start - b.start || b.end - a.end);
    const authors = new Map(anchored.map((a) => [a.highlight.authorId, a.authorName]));
    return { anchored, unplaced, authors };
  }, [records, account, article.text, hash.data, t]);
}
