import { createHash, verify } from 'node:crypto';
import { ed25519PublicKey } from '@compact-ledger/transparency';
import type { PolicyCrypto } from '@compact-ledger/witness-policy';

/** The primitives checkWitnessPolicy needs, from node:crypto (a browser passes WebCrypto's). */
export const nodePolicyCrypto: PolicyCrypto = {
  sha256: (data) => createHash('sha256').update(data).digest(),
  verifyEd25519: (publicKey, message, signature) => signature.length === 64 && verify(null, message, ed25519PublicKey(publicKey), signature),
};
