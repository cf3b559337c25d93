// The app's domain search, bundled for Node, with MiniSearch itself for a plain reference.
export { buildSearchIndex, search } from '@/domain/search';
export { default as MiniSearch } from 'minisearch';
