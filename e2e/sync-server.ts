import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../server/free-port';

/**
 * A real sync server for browser tests (`npm run server`'s own code), serving the build the
 * tests run against, on a free loopback port with its data in a temporary folder. Tests start
 * it, may kill and restart it, and stop it.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
/** One process (tsx as a loader, not its CLI, which runs a child that a kill would orphan). */
const NODE_ARGS = ['--import', 'tsx'];
const APP_DIR = path.join(ROOT, `.e2e-dist/${process.env.E2E_PORT ?? 4174}`);

export class SyncServerProcess {
  private child?: ChildProcess;
  readonly log: string[] = [];

  private constructor(
    readonly port: number,
    readonly dataDir: string,
  ) {}

  static async start(): Promise<SyncServerProcess> {
    const server = new SyncServerProcess(
      await freePort(),
      mkdtempSync(path.join(tmpdir(), 'sidenote-e2e-sync-')),
    );
    await server.run();
    return server;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts (or starts again) the server process on the same port and data. */
  async run(): Promise<void> {
    const child = spawn(
      process.execPath,
      [
        ...NODE_ARGS,
        'server/main.ts',
        '--port',
        String(this.port),
        '--data',
        this.dataDir,
        '--app',
        APP_DIR,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`sync server did not start:\n${this.log.join('')}`)),
        30_000,
      );
      const onData = (chunk: Buffer) => {
        this.log.push(chunk.toString());
        if (chunk.toString().includes('listening on')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', (chunk: Buffer) => this.log.push(chunk.toString()));
      child.once('exit', (code) =>
        reject(new Error(`sync server exited (${code}):\n${this.log.join('')}`)),
      );
    });
  }

  /** `npm run server -- invite …`: the link it prints. */
  invite(member: string, options: { group?: string; role?: 'writer' | 'reader' } = {}): string {
    const args = [
      ...NODE_ARGS,
      'server/main.ts',
      'invite',
      '--member',
      member,
      '--port',
      String(this.port),
      '--data',
      this.dataDir,
    ];
    if (options.group) args.push('--group', options.group);
    if (options.role) args.push('--role', options.role);
    const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    const link = result.stdout.split('\n').find((l) => l.includes('/sync?server='));
    if (!link) throw new Error(`no invite link:\n${result.stdout}\n${result.stderr}`);
    return link.trim();
  }

  /** Ends the process as a crash would (SIGKILL: no flush). */
  async kill(): Promise<void> {
    await this.end('SIGKILL');
  }

  async stop(): Promise<void> {
    await this.end('SIGTERM');
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  private async end(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }
}
