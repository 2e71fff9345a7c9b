import { Module } from '@nestjs/common';
import { EvidencePacks } from './evidence-packs';
import { ExportCompactEvidenceController, ExportCompactEvidenceHandler } from './export-compact-evidence/export-compact-evidence';
import { ExportDisputeEvidenceController, ExportDisputeEvidenceHandler } from './export-dispute-evidence/export-dispute-evidence';

/** Evidence packs: one use case folder each, a controller with its one route and the handler of its command. */
const useCases = [
  [ExportCompactEvidenceController, ExportCompactEvidenceHandler],
  [ExportDisputeEvidenceController, ExportDisputeEvidenceHandler],
] as const;

@Module({
  controllers: useCases.map(([controller]) => controller),
  providers: [EvidencePacks, ...useCases.map(([, handler]) => handler)],
})
export class EvidenceModule {}
