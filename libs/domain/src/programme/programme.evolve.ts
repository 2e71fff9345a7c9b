import { assertNever } from '../shared/decider';
import type { ProgrammeEvent } from './programme.events';
import { type JointProgramme, type ProgrammeState, type Target, targetNamed } from './programme.state';

/** Folds one fact into the programme. Total and pure: a fact before JointProgrammeStarted is ignored. */
export function evolveProgramme(state: ProgrammeState, event: ProgrammeEvent): ProgrammeState {
  if (event.type === 'JointProgrammeStarted') return { kind: 'programme', compactId: event.data.compactId, commitments: [], targets: {}, measures: [] };
  if (state.kind === 'none') return state;
  return evolveStarted(state, event);
}

function withStep(state: JointProgramme, targetId: string, step: Target['steps'][number]): JointProgramme {
  const target = targetNamed(state, targetId);
  if (!target) return state;
  return { ...state, targets: { ...state.targets, [targetId]: { ...target, steps: [...target.steps, step] } } };
}

function evolveStarted(state: JointProgramme, event: Exclude<ProgrammeEvent, { type: 'JointProgrammeStarted' }>): JointProgramme {
  switch (event.type) {
    case 'CommitmentDefined': {
      const { commitmentId, number, title, text, targets, definedOn } = event.data;
      const added = Object.fromEntries(targets.map((t): [string, Target] => [t.targetId, { ...t, commitmentId, definedOn, steps: [] }]));
      return {
        ...state,
        commitments: [...state.commitments, { commitmentId, number, title, text, targetIds: targets.map((t) => t.targetId), definedOn }],
        targets: { ...state.targets, ...added },
      };
    }
    case 'TargetMet':
      return withStep(state, event.data.targetId, { kind: 'met', on: event.data.metOn, note: event.data.note });
    case 'TargetMissed':
      return withStep(state, event.data.targetId, { kind: 'missed', on: event.data.recordedOn, reason: event.data.reason });
    case 'TargetRevised': {
      const { previousDueOn, newDueOn, newWording, reason, revisedOn } = event.data;
      return withStep(state, event.data.targetId, { kind: 'revised', on: revisedOn, previousDueOn, newDueOn, newWording, reason });
    }
    case 'MeasureDefined':
      return { ...state, measures: [...state.measures, { ...event.data, values: {} }] };
    case 'MeasureValueRecorded': {
      const { measureId, quarter, value, recordedOn, note } = event.data;
      return {
        ...state,
        measures: state.measures.map((m) =>
          m.measureId === measureId ? { ...m, values: { ...m.values, [quarter]: { quarter, value, recordedOn, note, corrections: [] } } } : m,
        ),
      };
    }
    case 'MeasureValueCorrected': {
      const { measureId, quarter, value, previousValue, reason, correctedOn } = event.data;
      return {
        ...state,
        measures: state.measures.map((m) => {
          const recorded = Object.hasOwn(m.values, quarter) ? m.values[quarter] : undefined;
          if (m.measureId !== measureId || !recorded) return m;
          return {
            ...m,
            values: { ...m.values, [quarter]: { ...recorded, value, corrections: [...recorded.corrections, { value, previousValue, reason, correctedOn }] } },
          };
        }),
      };
    }
    default:
      return assertNever(event);
  }
}
