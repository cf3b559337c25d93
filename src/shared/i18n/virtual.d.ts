/** One area's compiled messages in one language (scripts/messages-plugin.ts). */
declare module 'virtual:sidenote-messages/loaders' {
  type Catalog = Record<string, (params: Record<string, unknown>) => string>;
  const loaders: Record<string, Record<string, () => Promise<{ default: Catalog }>>>;
  export default loaders;
}

/** Several areas of one language as one module: `virtual:sidenote-messages/en/app+ui`. */
declare module 'virtual:sidenote-messages/en/*' {
  const messages: Record<string, (params: Record<string, unknown>) => string>;
  export default messages;
}

declare module 'virtual:sidenote-messages/de/*' {
  const messages: Record<string, (params: Record<string, unknown>) => string>;
  export default messages;
}
