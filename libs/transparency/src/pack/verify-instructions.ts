/** VERIFY.txt: how to check a pack, in plain words. */
export function verifyInstructions(origin: string, keyId: number): string {
  const id = keyId.toString(16).padStart(8, '0');
  return `HOW TO CHECK THIS EVIDENCE PACK

This pack holds the records of a governance ledger, exactly as the ledger
stored them, with what is needed to check them without trusting the ledger,
its operator, or whoever sent you the pack.

What you need
  - Node.js, version 20 or later (https://nodejs.org). Nothing else: the
    checker, verify.mjs, is one file that uses nothing but Node itself.
  - The ledger's verifier key. It looks like
        ${origin}+${id}+AbC...
    Get it from the ledger's operator by a channel you trust (their published
    key, a letter, a call), NOT from this pack: anyone who could change the
    pack could change a key written in it. This pack was signed by the key
    named ${origin} with key ID ${id}; the key you are given should start
    with ${origin}+${id}+.

How to run it
  Unpack the zip into a folder, open a terminal in that folder, and run
        node verify.mjs --key '<the verifier key>'
  or, without unpacking,
        node verify.mjs --key '<the verifier key>' path/to/pack.zip

  Where the ledger's partners run witnesses, which cosign its checkpoints only
  while each extends the last they saw, a witness policy names them and how
  many must have cosigned (for example 2 of 3); give it, and the pack is valid
  only if the checkpoint carries enough valid cosignatures:
        node verify.mjs --key '<the verifier key>' --policy partners.policy
  The witnesses' keys, like the ledger's, come from them, not from this pack.

What the answer means
  VALID    every record is exactly as the ledger recorded it; no record of the
           streams in the pack is missing, added or out of order; and all of
           it is part of the ledger's log as the signed checkpoint fixes it.
  INVALID  the pack does not match what the ledger signed. The first problem
           found is named: which stream, which revision, what differs.
  UNUSABLE the input could not be checked (a wrong path, a damaged zip, a key
           that is mistyped).
  The exit status is 0, 1 or 2 respectively, for use in scripts.

What is in the pack
  checkpoint      the ledger's signed statement of its log: how many events
                  it held and the Merkle root hash of them (C2SP tlog-checkpoint)
  events.jsonl    every event, one per line, as RFC 8785 canonical JSON
  proofs/         proofs that events are in the checkpoint's Merkle tree
                  (C2SP tlog-proof, RFC 6962 inclusion proofs)
  manifest        the streams, their last events and counts, the evidence files
                  and the report's digest, signed with the ledger's key
  evidence/       files submitted as evidence, each named by its SHA-256
  report.html     a readable report; open it in any web browser
  verify.mjs      the checker (read it: it is written to be read)

Anyone can check the same things with other tools: the formats are open
(RFC 6962, RFC 8785, and the C2SP signed-note, tlog-checkpoint and tlog-proof
specifications).
`;
}
