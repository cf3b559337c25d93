// What the anchoring row (and fixture generation) uses from the app, bundled for Node.
export {
  anchorMany,
  describeRange,
  hashText,
  normalizeForMatch,
  prepareText,
} from '@/domain/anchoring';
export { decodeArticleBytes, parseArticle } from '@/domain/article';
