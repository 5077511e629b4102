import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
} from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckpointSigner } from '@double-random/domain';

/** The local checkpoint key, next to the token key under DATA_DIR. */
export const CHECKPOINT_KEY_FILE = 'audit-log-key.pem';

/**
 * Reads the key, creating it on first use. Two processes starting together both try an
 * exclusive create; the loser reads the winner's key, so every checkpoint has one signer.
 */
const loadOrCreate = async (file: string): Promise<KeyObject> => {
  try {
    return createPrivateKey(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  try {
    await writeFile(file, pem, { flag: 'wx', mode: 0o600 });
    return privateKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return createPrivateKey(await readFile(file, 'utf8'));
  }
};

/**
 * Signs audit-log checkpoints on this machine with an ECDSA P-256 key kept in
 * `<dataDir>/audit-log-key.pem`: the same DER ECDSA/SHA-256 signatures KMS gives in AWS.
 */
export const openCheckpointSigner = async (options: {
  dataDir: string;
}): Promise<CheckpointSigner & { keyFile: string }> => {
  await mkdir(options.dataDir, { recursive: true });
  const keyFile = join(options.dataDir, CHECKPOINT_KEY_FILE);
  const privateKey = await loadOrCreate(keyFile);
  const spki = new Uint8Array(
    createPublicKey(privateKey).export({ type: 'spki', format: 'der' }) as Buffer,
  );
  return {
    keyFile,
    publicKey: async () => spki,
    sign: async (message) => new Uint8Array(sign('sha256', message, privateKey)),
  };
};
