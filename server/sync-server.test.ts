import { SignJWT } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { groupDocName, personalDocName } from '../src/domain/sync/doc-names';
import {
  connect,
  rawUpdateMessage,
  startTestServer,
  until,
  type TestClient,
  type TestServer,
} from './test-clients';
import { signDeviceToken } from './tokens';

/** The server refuses what a member may not do, logs it, and keeps serving everyone else. */

const open: (TestClient | TestServer)[] = [];
afterEach(async () => {
  for (const x of open.splice(0).reverse()) {
    if ('destroy' in x) x.destroy();
    else await x.close();
  }
});

async function server() {
  const s = await startTestServer();
  open.push(s);
  return s;
}
function client(s: TestServer, name: string, token: string) {
  const c = connect(s.port, name, token);
  open.push(c);
  return c;
}
const refusedFor = (s: TestServer, reason: string) =>
  s.log.some((l) => l.level === 'warn' && l.event === 'refused' && l.fields.reason === reason);

/** A writer keeps syncing while others are refused: the server still serves. */
async function stillServes(s: TestServer) {
  const anna = await s.member(`Anna-${Math.random()}`);
  const a = client(s, personalDocName(anna.id), anna.token);
  await a.synced;
}

describe('authentication', () => {
  it('refuses no token, a bad signature, an expired token and a revoked device', async () => {
    const s = await server();
    const anna = await s.member('Anna');
    const doc = personalDocName(anna.id);
    const forged = await new SignJWT({ did: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('sidenote-sync')
      .setSubject(anna.id)
      .setExpirationTime('1h')
      .sign(new Uint8Array(32).fill(7));
    const device = await s.server.store.addDevice(anna.id, 'old phone');
    const expired = await signDeviceToken(s.server.secret, anna.id, device.id, -1);
    const revokedToken = await signDeviceToken(s.server.secret, anna.id, device.id);
    await s.server.store.revokeDevice(device.id);

    expect(await client(s, doc, '').authenticated).toBe('token-missing');
    expect(await client(s, doc, forged).authenticated).toBe('token-bad-signature');
    expect(await client(s, doc, expired).authenticated).toBe('token-expired');
    expect(await client(s, doc, revokedToken).authenticated).toBe('device-revoked');
    for (const reason of [
      'token-missing',
      'token-bad-signature',
      'token-expired',
      'device-revoked',
    ]) {
      expect(refusedFor(s, reason), reason).toBe(true);
    }
    await stillServes(s);
  });

  it('refuses the wrong document: an unknown name, another person’s, a group one is not in', async () => {
    const s = await server();
    const anna = await s.member('Anna');
    const ben = await s.member('Ben');
    const group = await s.server.store.createGroup('Seminar', ben.id);
    expect(await client(s, 'notes/everything', anna.token).authenticated).toBe('unknown-document');
    expect(await client(s, personalDocName(ben.id), anna.token).authenticated).toBe('not-yours');
    expect(await client(s, groupDocName(group.id, ben.id), anna.token).authenticated).toBe(
      'not-a-member',
    );
    expect(refusedFor(s, 'not-yours')).toBe(true);
    await stillServes(s);
  });
});

describe('study groups', () => {
  async function seminar() {
    const s = await server();
    const tutor = await s.member('Tutor');
    const writer = await s.member('Wera');
    const reader = await s.member('Rolf');
    const group = await s.server.store.createGroup('Seminar', tutor.id);
    await s.server.store.setRole(group.id, writer.id, 'writer');
    await s.server.store.setRole(group.id, reader.id, 'reader');
    return { s, tutor, writer, reader, group };
  }

  it('lets a writer write their own share, and every member read it', async () => {
    const { s, writer, reader, group } = await seminar();
    const name = groupDocName(group.id, writer.id);
    const mine = client(s, name, writer.token);
    await mine.synced;
    expect(mine.scope).toBe('read-write');
    mine.doc.getMap('r/highlights').set('h1\u001f', true);
    const theirs = client(s, name, reader.token);
    await theirs.synced;
    expect(theirs.scope).toBe('readonly');
    await until(() => theirs.doc.getMap('r/highlights').get('h1\u001f') === true);
  });

  it('refuses a reader’s write and a writer’s edit of another member’s share, and says so', async () => {
    const { s, tutor, writer, reader, group } = await seminar();
    const tutorsShare = groupDocName(group.id, tutor.id);
    const owner = client(s, tutorsShare, tutor.token);
    await owner.synced;
    owner.doc.getText('t/highlights\u001fh1\u001fnote').insert(0, 'Notiz der Tutorin');

    const intruder = client(s, tutorsShare, writer.token);
    await intruder.synced;
    await until(() => intruder.doc.getText('t/highlights\u001fh1\u001fnote').length > 0);
    intruder.doc.getText('t/highlights\u001fh1\u001fnote').insert(0, 'ÜBERSCHRIEBEN ');
    await until(() => intruder.stateless.length > 0);
    expect(JSON.parse(intruder.stateless[0] ?? '{}')).toEqual({
      type: 'refused',
      reason: 'read-only',
    });

    const readersShare = groupDocName(group.id, reader.id);
    const quiet = client(s, readersShare, reader.token);
    await quiet.synced;
    expect(quiet.scope).toBe('readonly');
    quiet.doc.getMap('r/highlights').set('r1\u001f', true);
    await until(() => quiet.stateless.length > 0);

    // Nothing reached the server's copies: a fresh reader sees only the tutor's own text.
    const check = client(s, tutorsShare, reader.token);
    await check.synced;
    expect(check.doc.getText('t/highlights\u001fh1\u001fnote').toString()).toBe(
      'Notiz der Tutorin',
    );
    const check2 = client(s, readersShare, tutor.token);
    await check2.synced;
    expect(check2.doc.getMap('r/highlights').size).toBe(0);
    expect(s.log.filter((l) => l.fields.reason === 'read-only').length).toBeGreaterThanOrEqual(2);
  });

  it('a removed member is disconnected and refused from then on', async () => {
    const { s, tutor, writer, group } = await seminar();
    const share = groupDocName(group.id, tutor.id);
    const c = client(s, share, writer.token);
    await c.synced;
    await s.server.store.removeMember(group.id, writer.id);
    s.server.disconnect(writer.id, group.id);
    const again = client(s, share, writer.token);
    expect(await again.authenticated).toBe('not-a-member');
  });

  it('a member of another group sees nothing of this one', async () => {
    const { s, tutor, group } = await seminar();
    const outsider = await s.member('Olga');
    await s.server.store.createGroup('Other seminar', outsider.id);
    expect(await client(s, groupDocName(group.id, tutor.id), outsider.token).authenticated).toBe(
      'not-a-member',
    );
  });
});

describe('bad messages', () => {
  it('closes a connection that sends a malformed update, logs it, and serves others', async () => {
    const s = await server();
    const anna = await s.member('Anna');
    const name = personalDocName(anna.id);
    const c = client(s, name, anna.token);
    await c.synced;
    const ws = (c.socket as unknown as { webSocket: { send(d: Uint8Array): void } }).webSocket;
    ws.send(rawUpdateMessage(name, new Uint8Array([255, 255, 255, 1, 2, 3])));
    await until(() => refusedFor(s, 'malformed-update'));
    await stillServes(s);
  });

  it('refuses an oversized message, logs it, and serves others', async () => {
    const s = await startTestServer({ maxMessageBytes: 50_000 });
    open.push(s);
    const anna = await s.member('Anna');
    const name = personalDocName(anna.id);
    const c = client(s, name, anna.token);
    await c.synced;
    const big = new Y.Doc();
    big.getText('x').insert(0, 'a'.repeat(60_000));
    const ws = (c.socket as unknown as { webSocket: { send(d: Uint8Array): void } }).webSocket;
    ws.send(rawUpdateMessage(name, Y.encodeStateAsUpdate(big)));
    await until(() => refusedFor(s, 'too-large'));
    await stillServes(s);
    // The oversized text never reached the document.
    const fresh = client(s, name, anna.token);
    await fresh.synced;
    expect(fresh.doc.getText('x').length).toBe(0);
  });
});

describe('listening', () => {
  it('binds 127.0.0.1 only, never every interface', async () => {
    const s = await server();
    expect(s.server.server.httpServer.address()).toMatchObject({ address: '127.0.0.1' });
  });
});

describe('API errors', () => {
  it('carry a code the app translates beside the server’s own sentence', async () => {
    const s = await server();
    const anna = await s.member('Anna');
    const api = async (path: string, init: RequestInit = {}, token = anna.token) => {
      const res = await fetch(`http://127.0.0.1:${s.port}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      });
      return { status: res.status, body: (await res.json()) as unknown };
    };
    expect(await api('/api/invites/nope')).toEqual({
      status: 404,
      body: { code: 'invite-unknown', error: 'This invite is not known to the server.' },
    });
    expect(await api('/api/me', {}, 'not-a-token')).toMatchObject({
      status: 401,
      body: { code: 'token-malformed', error: 'The sign-in is not valid.' },
    });
    const group = { method: 'POST', body: JSON.stringify({ name: 'Seminar' }) };
    expect((await api('/api/groups', group)).status).toBe(201);
    expect(await api('/api/groups', group)).toEqual({
      status: 409,
      body: {
        code: 'group-name-taken',
        params: { name: 'Seminar' },
        error: 'A group called “Seminar” exists.',
      },
    });
    const long = { method: 'POST', body: JSON.stringify({ name: 'x'.repeat(81) }) };
    expect(await api('/api/groups', long)).toMatchObject({
      status: 400,
      body: { code: 'name-too-long' },
    });
  });
});
