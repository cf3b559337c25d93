/** User articles' ids start with this, so they never collide with seed file names. */
export const USER_ARTICLE_PREFIX = 'mine-';

export const isUserArticleId = (id: string) => id.startsWith(USER_ARTICLE_PREFIX);
