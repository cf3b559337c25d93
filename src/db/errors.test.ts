import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_ERROR_MESSAGES, InvalidInputError, classifyDbError, writeErrorMessage } from './errors';

describe('classifyDbError', () => {
  it('recognises a full disk, however it is wrapped', () => {
    const dom = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const dexie = new Dexie.QuotaExceededError('quota');
    const aborted = new Dexie.AbortError('Transaction aborted', dom);
    const bulk = new Dexie.BulkError('1 of 2 failed', { 1: dom });
    const firefox = { name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'quota' };
    for (const err of [dom, dexie, aborted, bulk, firefox]) {
      expect(classifyDbError(err)).toEqual({ kind: 'quota', message: DB_ERROR_MESSAGES.quota });
    }
  });

  it('recognises a database closed by another tab', () => {
    expect(classifyDbError(new Dexie.DatabaseClosedError()).kind).toBe('closed');
    expect(classifyDbError({ name: 'DatabaseClosedError' }).kind).toBe('closed');
  });

  it('recognises a version mismatch, also when it is why the database is closed', () => {
    const version = new Dexie.VersionError('newer');
    expect(classifyDbError(version).kind).toBe('version');
    expect(classifyDbError(new DOMException('lower', 'VersionError')).kind).toBe('version');
    expect(classifyDbError(new Dexie.DatabaseClosedError(version)).kind).toBe('version');
    expect(classifyDbError(new Dexie.OpenFailedError(version)).kind).toBe('version');
  });

  it('calls anything else unknown, without throwing on odd values', () => {
    for (const err of [
      new Error('boom'),
      new Dexie.ConstraintError(),
      'text',
      null,
      undefined,
      42,
    ]) {
      expect(classifyDbError(err)).toEqual({ kind: 'unknown', message: DB_ERROR_MESSAGES.unknown });
    }
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = loop;
    expect(classifyDbError(loop).kind).toBe('unknown');
  });

  it('gives every kind a different message that says what to do', () => {
    const messages = Object.values(DB_ERROR_MESSAGES);
    expect(new Set(messages).size).toBe(4);
    expect(DB_ERROR_MESSAGES.quota).toMatch(/storage for Sidenote is full/);
    expect(DB_ERROR_MESSAGES.closed).toMatch(/reload/i);
    expect(DB_ERROR_MESSAGES.version).toMatch(/newer version/);
  });
});

describe('writeErrorMessage', () => {
  it('shows the message of input the user can fix', () => {
    expect(writeErrorMessage(new InvalidInputError('Type a name for the tag.'))).toBe(
      'Type a name for the tag.',
    );
  });

  it('explains storage failures', () => {
    expect(writeErrorMessage(new DOMException('full', 'QuotaExceededError'))).toMatch(/full/);
    expect(writeErrorMessage(new Error('boom'))).toMatch(/couldn't read or save/);
  });
});
