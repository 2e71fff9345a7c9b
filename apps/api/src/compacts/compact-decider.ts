import { createCompactDecider } from '@compact-ledger/domain';
import { canonicalJson, sha256Hex } from '@compact-ledger/event-store';

/** The compact decider, with each version's content hash: SHA-256 over the RFC 8785 form of { label, sections }. */
export const compactDecider = createCompactDecider({ hashVersionContent: (content) => sha256Hex(canonicalJson(content)) });
