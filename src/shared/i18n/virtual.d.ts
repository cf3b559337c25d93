/** The compiled catalogs of one language (scripts/messages-plugin.ts). */
declare module 'virtual:sidenote-messages/*' {
  const messages: Record<string, (params: Record<string, unknown>) => string>;
  export default messages;
}
