import { GetPublicKeyCommand, KMSClient, SignCommand } from '@aws-sdk/client-kms';
import type { CheckpointSigner } from '@double-random/domain';

export type KmsSender = Pick<KMSClient, 'send'>;

/**
 * Signs audit-log checkpoints with an AWS KMS asymmetric key (key spec ECC_NIST_P256, usage
 * SIGN_VERIFY). KMS hashes the message with SHA-256 and answers a DER ECDSA signature — the
 * form docs/audit-log.md prescribes — so the private key never leaves KMS. The public key
 * (SubjectPublicKeyInfo DER) is read once per runtime; reading it needs only
 * `kms:GetPublicKey`, which the read-only functions hold to publish it.
 */
export const createKmsCheckpointSigner = (options: {
  keyId: string;
  client?: KmsSender;
  region?: string;
}): CheckpointSigner => {
  const client = options.client ?? new KMSClient(options.region ? { region: options.region } : {});
  let publicKey: Promise<Uint8Array> | undefined;
  return {
    publicKey() {
      publicKey ??= client
        .send(new GetPublicKeyCommand({ KeyId: options.keyId }))
        .then((out) => {
          if (!out.PublicKey) throw new Error(`KMS key ${options.keyId} has no public key`);
          return out.PublicKey;
        })
        .catch((error: unknown) => {
          publicKey = undefined;
          throw error;
        });
      return publicKey;
    },
    async sign(message) {
      const out = await client.send(
        new SignCommand({
          KeyId: options.keyId,
          Message: message,
          MessageType: 'RAW',
          SigningAlgorithm: 'ECDSA_SHA_256',
        }),
      );
      if (!out.Signature) throw new Error(`KMS key ${options.keyId} returned no signature`);
      return out.Signature;
    },
  };
};
