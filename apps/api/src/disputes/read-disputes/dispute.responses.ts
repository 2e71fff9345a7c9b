import { ApiProperty, OmitType } from '@nestjs/swagger';
import { EscalationPathDto } from '../../compacts/define-escalation-path/escalation-path.dto';
import { ActorDto } from '../../http/recorded-event.dto';
import { IndependentChairDto } from '../agree-independent-chair/agree-independent-chair';
import { MediatorDto } from '../appoint-mediator/appoint-mediator';
import { DisputeSubjectDto } from '../raise-dispute/raise-dispute.dto';

const DISPUTE_STATUSES = ['open', 'resolved', 'withdrawn'];

/** A dispute as listed. */
export class DisputeSummaryDto {
  @ApiProperty({ format: 'uuid' })
  disputeId!: string;

  @ApiProperty({ format: 'uuid' })
  compactId!: string;

  @ApiProperty({ enum: DISPUTE_STATUSES })
  status!: string;

  @ApiProperty()
  raisedBy!: string;

  @ApiProperty({ type: [String] })
  against!: string[];

  @ApiProperty()
  summary!: string;

  @ApiProperty({ example: '2017-09-01' })
  raisedOn!: string;

  @ApiProperty({ type: 'integer' })
  currentLevel!: number;

  @ApiProperty({ example: 'Mediation' })
  currentLevelName!: string;
}

export class DisputeCompactReferenceDto {
  @ApiProperty({ format: 'uuid' })
  compactId!: string;

  @ApiProperty()
  compactTitle!: string;

  @ApiProperty({ description: 'The version current when the dispute was raised: its section refs are that version’s' })
  versionLabel!: string;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$' })
  contentHash!: string;
}

export class LevelReachedDto {
  @ApiProperty({ type: 'integer' })
  level!: number;

  @ApiProperty()
  reachedOn!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Why it was escalated here; null for level 1' })
  reason!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The party that asked; null when a mediator or the secretariat recorded it' })
  requestedBy!: string | null;
}

export class MediatorAppointmentDto extends MediatorDto {
  @ApiProperty({ type: 'integer' })
  level!: number;

  @ApiProperty()
  appointedOn!: string;
}

export class DisputeResponseViewDto {
  @ApiProperty()
  respondent!: string;

  @ApiProperty()
  response!: string;

  @ApiProperty()
  respondedOn!: string;

  @ApiProperty({ type: 'integer' })
  level!: number;
}

export class IndependentChairAgreementDto {
  @ApiProperty({ type: 'integer' })
  level!: number;

  @ApiProperty({ type: IndependentChairDto })
  chair!: IndependentChairDto;

  @ApiProperty({ type: [String] })
  agreedBy!: string[];

  @ApiProperty()
  agreedOn!: string;
}

export class EvidenceFileDto {
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the bytes, as submitted' })
  sha256!: string;

  @ApiProperty()
  filename!: string;

  @ApiProperty({ example: 'application/pdf' })
  mediaType!: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  size!: number;
}

export class EvidenceRecordDto {
  @ApiProperty({ format: 'uuid', description: 'GET /disputes/{id}/evidence/{evidenceId} gives the bytes' })
  evidenceId!: string;

  @ApiProperty()
  submittedBy!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ type: EvidenceFileDto })
  file!: EvidenceFileDto;

  @ApiProperty()
  submittedOn!: string;

  @ApiProperty({ type: 'integer' })
  level!: number;
}

export class DisputeResolutionDto {
  @ApiProperty({ type: 'integer' })
  level!: number;

  @ApiProperty()
  terms!: string;

  @ApiProperty({ type: [String] })
  agreedBy!: string[];

  @ApiProperty()
  resolvedOn!: string;
}

export class DisputeWithdrawalViewDto {
  @ApiProperty({ type: 'integer' })
  level!: number;

  @ApiProperty()
  withdrawnBy!: string;

  @ApiProperty()
  reason!: string;

  @ApiProperty()
  withdrawnOn!: string;
}

/** A dispute now: parties, subject, the path it was raised under, every step. */
export class DisputeDto extends OmitType(DisputeSummaryDto, ['compactId'] as const) {
  @ApiProperty({ type: DisputeCompactReferenceDto, description: 'The compact as it stood on raisedOn' })
  compact!: DisputeCompactReferenceDto;

  @ApiProperty({ type: EscalationPathDto, description: 'The path it was raised under (the compact’s may since have changed)' })
  escalationPath!: EscalationPathDto;

  @ApiProperty({ type: [DisputeSubjectDto] })
  about!: DisputeSubjectDto[];

  @ApiProperty({ type: [LevelReachedDto], description: 'Oldest first; the last is the current level' })
  levelsReached!: LevelReachedDto[];

  @ApiProperty({ type: [MediatorAppointmentDto] })
  mediators!: MediatorAppointmentDto[];

  @ApiProperty({ type: [DisputeResponseViewDto] })
  responses!: DisputeResponseViewDto[];

  @ApiProperty({ type: IndependentChairAgreementDto, nullable: true })
  independentChair!: IndependentChairAgreementDto | null;

  @ApiProperty({ type: [EvidenceRecordDto] })
  evidence!: EvidenceRecordDto[];

  @ApiProperty({ type: DisputeResolutionDto, nullable: true })
  resolution!: DisputeResolutionDto | null;

  @ApiProperty({ type: DisputeWithdrawalViewDto, nullable: true })
  withdrawal!: DisputeWithdrawalViewDto | null;

  @ApiProperty({ description: 'The date of the latest step: no later step may be dated before it' })
  lastStepOn!: string;

  @ApiProperty({ type: 'integer', description: "The dispute stream's revision: If-Match for the next step" })
  revision!: number;

  @ApiProperty({ format: 'date-time', description: 'When the ledger recorded the raising' })
  raisedRecordedAt!: string;
}

export class AuditMediatorDto extends MediatorDto {
  @ApiProperty()
  appointedOn!: string;
}

export class AuditChairDto extends IndependentChairDto {
  @ApiProperty({ type: [String] })
  agreedBy!: string[];

  @ApiProperty()
  agreedOn!: string;
}

export class AuditResponseDto {
  @ApiProperty()
  respondent!: string;

  @ApiProperty()
  response!: string;

  @ApiProperty()
  respondedOn!: string;
}

export class AuditEvidenceDto {
  @ApiProperty({ format: 'uuid', description: 'GET /disputes/{id}/evidence/{evidenceId} gives the bytes' })
  evidenceId!: string;

  @ApiProperty()
  submittedBy!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ type: EvidenceFileDto })
  file!: EvidenceFileDto;

  @ApiProperty()
  submittedOn!: string;
}

export class EscalationAuditLevelDto {
  @ApiProperty({ type: 'integer' })
  level!: number;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  whoActs!: string;

  @ApiProperty()
  reached!: boolean;

  @ApiProperty({ type: String, nullable: true })
  reachedOn!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  recordedAt!: string | null;

  @ApiProperty({ type: String, nullable: true, enum: ['raised', 'escalated', null] })
  reachedBy!: string | null;

  @ApiProperty({ type: ActorDto, nullable: true, description: 'Who recorded the act that reached the level' })
  actor!: ActorDto | null;

  @ApiProperty({ type: String, nullable: true })
  requestedBy!: string | null;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty({ type: String, nullable: true })
  leftOn!: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Calendar days spent at the level (the same as calendarDays)' })
  days!: number | null;

  @ApiProperty({ type: 'integer', nullable: true, description: "The path's limit for the level, in working days; null for none" })
  workingDayLimit!: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'The date the days count to: leftOn, or the as-of date while the level is open' })
  countedTo!: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Calendar days from reaching the level to countedTo' })
  calendarDays!: number | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Working days (England’s) from reaching the level to countedTo' })
  workingDays!: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'The last working day within the limit' })
  dueBy!: string | null;

  @ApiProperty({ type: Boolean, nullable: true, description: 'Over the limit: is, for an open level; was, for one left. Null without a limit' })
  overdue!: boolean | null;

  @ApiProperty({ type: 'integer', nullable: true })
  workingDaysOverdue!: number | null;

  @ApiProperty({ type: [AuditResponseDto], description: 'Responses made at the level' })
  responses!: AuditResponseDto[];

  @ApiProperty({ type: [AuditEvidenceDto], description: 'Evidence submitted at the level' })
  evidence!: AuditEvidenceDto[];

  @ApiProperty({ type: String, nullable: true, enum: ['escalated', 'resolved', 'withdrawn', null] })
  outcome!: string | null;

  @ApiProperty({ type: [AuditMediatorDto] })
  mediators!: AuditMediatorDto[];

  @ApiProperty({ type: AuditChairDto, nullable: true })
  independentChair!: AuditChairDto | null;
}

/** The escalation-path audit: every level of the path, reached or not, and any level skipped. */
export class EscalationAuditDto {
  @ApiProperty({ format: 'uuid' })
  disputeId!: string;

  @ApiProperty({ format: 'uuid' })
  compactId!: string;

  @ApiProperty({ enum: DISPUTE_STATUSES })
  status!: string;

  @ApiProperty({ type: 'integer' })
  currentLevel!: number;

  @ApiProperty({ example: '2015-07-15', description: 'The date the audit is as at' })
  asOf!: string;

  @ApiProperty({ type: [EscalationAuditLevelDto] })
  levels!: EscalationAuditLevelDto[];

  @ApiProperty({ type: [Number], description: 'Levels passed over between those reached: a non-empty list is a finding' })
  skippedLevels!: number[];
}
