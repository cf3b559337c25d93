import { parseArgs } from 'node:util';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { createLogger } from './log.ts';
import { ensureApp } from './build-app.ts';
import { createSyncServer } from './sync-server.ts';
import { Store } from './store.ts';

/**
 * `npm run server [-- options]`: the Sidenote sync server.
 * `npm run server -- invite --member NAME [--group NAME] [--role writer|reader] …`: an invite link.
 */

const USAGE = `Sidenote sync server

  npm run server [-- --port 1234] [--host 127.0.0.1] [--data DIR] [--app DIR | --no-app] [--redis URL] [--name NAME]
  npm run server -- invite --member NAME [--group NAME] [--role writer|reader] [--app URL] [--port P] [--host H] [--data DIR]
  npm run server -- revoke --member NAME          (signs out every device of NAME)
  npm run server -- remove --group NAME --member NAME

Data lives in --data (default ${defaultDataDir()}), or in PostgreSQL with
--database postgres://user:password@host:5432/sidenote (any command).`;

function defaultDataDir(): string {
  const base = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(base, 'sidenote-server');
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: '1234' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string' },
    database: { type: 'string' },
    app: { type: 'string' },
    'no-app': { type: 'boolean', default: false },
    redis: { type: 'string' },
    name: { type: 'string' },
    member: { type: 'string' },
    group: { type: 'string' },
    role: { type: 'string', default: 'writer' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const command = positionals[0] ?? 'serve';
const dataDir = resolve(values.data ?? defaultDataDir());
const port = Number(values.port);
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`--port must be a port number, not "${values.port}".`);

if (command === 'serve') {
  const log = createLogger();
  const appDir = values['no-app']
    ? undefined
    : values.app
      ? resolve(values.app)
      : await ensureApp(dataDir);
  const sync = await createSyncServer({
    dataDir,
    databaseUrl: values.database,
    port,
    host: values.host,
    appDir,
    redisUrl: values.redis,
    instanceName: values.name,
    log,
  });
  const bound = await sync.listen();
  const url = `http://${values.host}:${bound}`;
  console.log(`Sidenote sync server listening on ${url} (WebSocket ws://${values.host}:${bound})`);
  const where = values.database ? values.database.replace(/\/\/[^@/]*@/, '//…@') : dataDir;
  console.log(`Data: ${where}${appDir ? `\nApp: ${url}/ (from ${appDir})` : ''}`);
  console.log(
    `Invite your first device: npm run server -- invite --member "Your name" --port ${bound}${values.data ? ` --data ${values.data}` : ''}`,
  );
  const stop = async () => {
    await sync.destroy();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else if (command === 'invite') {
  const member = values.member ?? fail('invite needs --member NAME.\n\n' + USAGE);
  const role = values.role;
  if (role !== 'writer' && role !== 'reader') fail(`--role is writer or reader, not "${role}".`);
  const store = await Store.open(dataDir, values.database);
  const result = await store.transaction(async (tx) => {
    const user = await tx.ensureUser(member);
    let groupName: string | undefined;
    if (values.group) {
      const group =
        (await tx.groupByName(values.group)) ?? (await tx.createGroup(values.group, user.id));
      groupName = group.name;
      const current = (await tx.membershipsOf(user.id)).find((m) => m.groupId === group.id);
      if (current?.role !== 'owner')
        await tx.setRole(group.id, user.id, role as 'writer' | 'reader');
    }
    const invite = await tx.createInvite(
      { kind: 'device', userId: user.id, groupId: null, role: null, name: null },
      null,
    );
    return { user, groupName, invite };
  });
  await store.close();
  const app = (values.app ?? `http://${values.host}:${port}`).replace(/\/$/, '');
  const server = `ws://${values.host}:${port}`;
  const link = `${app}/sync?server=${encodeURIComponent(server)}&invite=${result.invite.code}`;
  console.log(
    `Invite for ${result.user.name}${result.groupName ? ` (${role} in “${result.groupName}”)` : ''}, one device, until ${result.invite.expiresAt.slice(0, 10)}:`,
  );
  console.log(link);
} else if (command === 'revoke' || command === 'remove') {
  const member = values.member ?? fail(`${command} needs --member NAME.`);
  const store = await Store.open(dataDir, values.database);
  const user = (await store.userByName(member)) ?? fail(`No member called "${member}".`);
  if (command === 'revoke') {
    for (const d of await store.devicesOf(user.id)) await store.revokeDevice(d.id);
    console.log(
      `Signed out every device of ${user.name}; a running server refuses them from their next connection.`,
    );
  } else {
    const groupName = values.group ?? fail('remove needs --group NAME.');
    const group = (await store.groupByName(groupName)) ?? fail(`No group called "${groupName}".`);
    await store.removeMember(group.id, user.id);
    console.log(`Removed ${user.name} from “${group.name}”.`);
  }
  await store.close();
} else {
  fail(`Unknown command "${command}".\n\n${USAGE}`);
}
