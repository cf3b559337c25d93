import { SignJWT, errors, jwtVerify } from 'jose';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Device tokens: JWTs signed with HS256 (jose) by a secret that lives in the data folder and is
 * made on first start. A token names a member and one of their devices and expires; revoking the
 * device (kept in the database) refuses it before it expires.
 */

export const TOKEN_DAYS = 30;
const ISSUER = 'sidenote-sync';

export interface DeviceClaims {
  userId: string;
  deviceId: string;
  expiresAt: number;
}

export type TokenProblem = 'missing' | 'expired' | 'bad-signature' | 'malformed';

export class TokenError extends Error {
  constructor(readonly problem: TokenProblem) {
    super(`token ${problem}`);
  }
}

/** The signing secret of the server whose data is in `dataDir`, made on first use. */
export function loadSecret(dataDir: string): Uint8Array {
  const file = join(dataDir, 'secret.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  return new Uint8Array(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
}

export async function signDeviceToken(
  secret: Uint8Array,
  userId: string,
  deviceId: string,
  days = TOKEN_DAYS,
): Promise<string> {
  return new SignJWT({ did: deviceId })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setSubject(userId)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + Math.round(days * 86_400))
    .sign(secret);
}

export async function verifyDeviceToken(secret: Uint8Array, token: string): Promise<DeviceClaims> {
  if (!token) throw new TokenError('missing');
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, algorithms: ['HS256'] });
    if (typeof payload.sub !== 'string' || typeof payload.did !== 'string' || !payload.exp) {
      throw new TokenError('malformed');
    }
    return { userId: payload.sub, deviceId: payload.did, expiresAt: payload.exp * 1000 };
  } catch (err) {
    if (err instanceof TokenError) throw err;
    if (err instanceof errors.JWTExpired) throw new TokenError('expired');
    if (err instanceof errors.JWSSignatureVerificationFailed) throw new TokenError('bad-signature');
    throw new TokenError('malformed');
  }
}
