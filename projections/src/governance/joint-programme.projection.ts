import type Database from 'better-sqlite3';
import { daysBetween, programmeEventCodec } from '@compact-ledger/domain';
import type { RecordedEvent } from '@compact-ledger/event-store';
import { documentProjection } from '../runner/projection';
import { PROGRAMME_STREAM } from './streams';

/** One step in a target's life, in the order recorded. */
export type ProgrammeTargetStep =
  | { kind: 'met'; on: string; note: string }
  | { kind: 'missed'; on: string; reason: string }
  | { kind: 'revised'; on: string; previousDueOn: string | null; newDueOn: string; newWording: string; reason: string };

export interface ProgrammeTarget {
  targetId: string;
  text: string;
  /** As first defined (null: the paper gives no date); revisions are in `steps`. */
  dueOn: string | null;
  wording: string;
  steps: ProgrammeTargetStep[];
}

export interface ProgrammeCommitment {
  commitmentId: string;
  number: string;
  title: string;
  text: string;
  definedOn: string;
  targets: ProgrammeTarget[];
}

/** A compact's joint programme: its commitments with their dated targets, each target's steps as recorded. */
export interface JointProgrammeDocument {
  compactId: string;
  commitments: ProgrammeCommitment[];
  /** The programme stream's revision: the ETag, and the If-Match of the next command. */
  revision: number;
}

export function evolveJointProgramme(document: JointProgrammeDocument | null, recorded: RecordedEvent): JointProgrammeDocument | null {
  const event = programmeEventCodec.decode(recorded);
  if (event?.type === 'JointProgrammeStarted') return { compactId: event.data.compactId, commitments: [], revision: recorded.revision };
  if (document === null) return null;
  const next = { ...document, revision: recorded.revision };
  if (event === null) return next;
  const step = (targetId: string, add: ProgrammeTargetStep): JointProgrammeDocument => ({
    ...next,
    commitments: next.commitments.map((c) => ({ ...c, targets: c.targets.map((t) => (t.targetId === targetId ? { ...t, steps: [...t.steps, add] } : t)) })),
  });
  switch (event.type) {
    case 'CommitmentDefined': {
      const { commitmentId, number, title, text, definedOn, targets } = event.data;
      return {
        ...next,
        commitments: [...next.commitments, { commitmentId, number, title, text, definedOn, targets: targets.map((t) => ({ ...t, steps: [] })) }],
      };
    }
    case 'TargetMet':
      return step(event.data.targetId, { kind: 'met', on: event.data.metOn, note: event.data.note });
    case 'TargetMissed':
      return step(event.data.targetId, { kind: 'missed', on: event.data.recordedOn, reason: event.data.reason });
    case 'TargetRevised': {
      const { previousDueOn, newDueOn, newWording, reason, revisedOn } = event.data;
      return step(event.data.targetId, { kind: 'revised', on: revisedOn, previousDueOn, newDueOn, newWording, reason });
    }
    default:
      // Measures are the measures read model's.
      return next;
  }
}

export const jointProgrammeProjection = documentProjection<JointProgrammeDocument>({
  name: 'joint_programme_v1',
  documentId: (event) => PROGRAMME_STREAM.exec(event.streamId)?.[1] ?? null,
  evolve: evolveJointProgramme,
});

/** A target as it stood on a date, from the steps recorded on or before it. */
export interface TargetAsOf {
  targetId: string;
  text: string;
  /** The due date in effect on the date, and the paper's (or the revision's) words for it. */
  dueOn: string | null;
  wording: string;
  status: 'open' | 'met' | 'missed';
  metOn: string | null;
  /** Not met and past due on the date (a missed target stays overdue until revised or met). */
  overdue: boolean;
  daysOverdue: number | null;
  revisions: Array<{ revisedOn: string; previousDueOn: string | null; newDueOn: string; reason: string }>;
  /** Every step recorded on or before the date. */
  steps: ProgrammeTargetStep[];
}

export function targetAsOf(target: ProgrammeTarget, asOf: string): TargetAsOf {
  let dueOn = target.dueOn;
  let wording = target.wording;
  let status: TargetAsOf['status'] = 'open';
  let metOn: string | null = null;
  const revisions: TargetAsOf['revisions'] = [];
  const steps = target.steps.filter((s) => s.on <= asOf);
  for (const step of steps) {
    if (step.kind === 'met') {
      status = 'met';
      metOn = step.on;
    } else if (step.kind === 'missed') {
      status = 'missed';
    } else {
      revisions.push({ revisedOn: step.on, previousDueOn: step.previousDueOn, newDueOn: step.newDueOn, reason: step.reason });
      dueOn = step.newDueOn;
      wording = step.newWording;
      status = 'open';
    }
  }
  const overdue = status !== 'met' && dueOn !== null && asOf > dueOn;
  return {
    targetId: target.targetId,
    text: target.text,
    dueOn,
    wording,
    status,
    metOn,
    overdue,
    daysOverdue: overdue && dueOn !== null ? daysBetween(dueOn, asOf) : null,
    revisions,
    steps,
  };
}

/** The programme as at a date: the commitments made by then, each target as it stood; only the overdue ones if asked. */
export function jointProgrammeAsOf(
  document: JointProgrammeDocument,
  asOf: string,
  options: { overdueOnly?: boolean } = {},
): Array<Omit<ProgrammeCommitment, 'targets'> & { targets: TargetAsOf[] }> {
  return document.commitments
    .filter((c) => c.definedOn <= asOf)
    .map((c) => ({ ...c, targets: c.targets.map((t) => targetAsOf(t, asOf)).filter((t) => !options.overdueOnly || t.overdue) }))
    .filter((c) => !options.overdueOnly || c.targets.length > 0);
}

export function findJointProgramme(db: Database.Database, compactId: string): JointProgrammeDocument | null {
  return jointProgrammeProjection.get(db, compactId);
}
