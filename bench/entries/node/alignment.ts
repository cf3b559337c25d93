// What the alignment row uses from the app, bundled for Node.
export { alignArticles } from '@/domain/alignment';
