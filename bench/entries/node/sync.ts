// What the sync rows (9–11) use from the server and the app, bundled for Node: the server's own
// store and tokens, to make members, devices, groups and invites (and to put a document in
// place) before the server starts; and the app's document code, to build and read documents
// field by field exactly as the app does.
export { Store } from '../../../server/store.ts';
export { loadSecret, signDeviceToken } from '../../../server/tokens.ts';
export { DocView } from '@/domain/sync/doc-view';
export { groupDocName, personalDocName } from '@/domain/sync/doc-names';
export { Replica } from '@/domain/sync/replica';
export { GROUP_TABLES, PERSONAL_TABLES } from '@/domain/sync/tables';
