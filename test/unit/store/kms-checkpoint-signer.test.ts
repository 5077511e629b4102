import { generateKeyPairSync, sign } from 'node:crypto';
import { signCheckpoint, verifyCheckpoint } from '@double-random/domain';
import { createKmsCheckpointSigner, type KmsSender } from '@double-random/store';
import { describe, expect, it } from 'vitest';

/** KMS as the signer sees it: GetPublicKey answers SPKI DER, Sign a DER ECDSA signature. */
const fakeKms = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
  const calls: { name: string; input: Record<string, unknown> }[] = [];
  const client = {
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      calls.push({ name: command.constructor.name, input: command.input });
      if (command.constructor.name === 'GetPublicKeyCommand') return { PublicKey: spki };
      return {
        Signature: new Uint8Array(sign('sha256', command.input.Message as Uint8Array, privateKey)),
      };
    },
  } as unknown as KmsSender;
  return { client, spki, calls };
};

describe('the KMS checkpoint signer', () => {
  it('asks KMS for an ECDSA_SHA_256 signature of the raw body, verifiable with its public key', async () => {
    const kms = fakeKms();
    const signer = createKmsCheckpointSigner({
      keyId: 'alias/double-random-audit-log',
      client: kms.client,
    });
    const cp = await signCheckpoint(signer, {
      origin: 'test/audit-log',
      size: 3,
      rootHash: 'cd'.repeat(32),
      time: '2027-03-01T00:00:00.000Z',
    });
    await expect(verifyCheckpoint(cp.text, kms.spki)).resolves.toMatchObject({ size: 3 });
    const signs = kms.calls.filter((c) => c.name === 'SignCommand');
    expect(signs).toHaveLength(1);
    expect(signs[0]?.input).toMatchObject({
      KeyId: 'alias/double-random-audit-log',
      MessageType: 'RAW',
      SigningAlgorithm: 'ECDSA_SHA_256',
    });
  });

  it('reads the public key once per runtime', async () => {
    const kms = fakeKms();
    const signer = createKmsCheckpointSigner({ keyId: 'k', client: kms.client });
    await signer.publicKey();
    await signer.publicKey();
    expect(kms.calls.filter((c) => c.name === 'GetPublicKeyCommand')).toHaveLength(1);
  });
});
