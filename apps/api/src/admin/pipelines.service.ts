import { Injectable } from '@nestjs/common';
import { Actor, DomainError, PipelineDefinition, pipelineProblems, StageDefinition } from '#ktf/domain';
import { CatalogAdminRepository, PipelineSummary, PipelineVersionRecord } from '#ktf/persistence';
import { adminActor } from './admin-only.guard';
import { PublishPipelineVersionDto, StageDto } from './pipeline.dto';

const presentVersion = (v: PipelineVersionRecord) => ({
  code: v.code,
  version: v.version,
  name: v.name,
  stages: v.stages,
  createdAt: v.createdAt.toISOString(),
  inUse: v.inUse,
});

const presentSummary = (s: PipelineSummary) => ({ ...s, latestCreatedAt: s.latestCreatedAt.toISOString() });

/** A stored stage: only the fields that were given, in a fixed order. */
function stageOf(s: StageDto): StageDefinition {
  const stage: StageDefinition = { kind: s.kind, slaWorkingDays: s.slaWorkingDays, reminderOffsets: [...(s.reminderOffsets ?? [])], onBreach: s.onBreach };
  if (s.councilScope !== undefined) stage.councilScope = s.councilScope;
  if (s.authority !== undefined) stage.authority = s.authority;
  if (s.produces !== undefined) stage.produces = s.produces;
  if (s.supplementSlaWorkingDays !== undefined) stage.supplementSlaWorkingDays = s.supplementSlaWorkingDays;
  if (s.escalateTo !== undefined) stage.escalateTo = s.escalateTo;
  return stage;
}

/**
 * Pipeline definitions: named, versioned and immutable. "Editing" publishes a new version;
 * nominations started afterwards pin it, running ones keep theirs.
 */
@Injectable()
export class PipelinesService {
  constructor(private readonly catalog: CatalogAdminRepository) {}

  async list() {
    return (await this.catalog.pipelineSummaries()).map(presentSummary);
  }

  async versions(code: string) {
    const versions = await this.catalog.pipelineVersions(code);
    if (versions.length === 0) throw new DomainError('not_found', `pipeline ${code} is not defined`);
    return { code, latestVersion: versions[0].version, versions: versions.map(presentVersion) };
  }

  async version(code: string, version: number) {
    const found = await this.catalog.pipelineVersion(code, version);
    if (!found) throw new DomainError('not_found', `pipeline ${code} has no version ${version}`);
    return presentVersion(found);
  }

  async publish(actor: Actor, code: string, dto: PublishPipelineVersionDto) {
    const definition: PipelineDefinition = { code, version: 0, name: dto.name.normalize('NFC').trim(), stages: dto.stages.map(stageOf) };
    const problems = pipelineProblems(definition);
    if (problems.length) throw new DomainError('rule_failed', problems.join('; '), { errors: problems });
    return presentVersion(await this.catalog.publishPipelineVersion(code, definition.name, definition.stages, adminActor(actor)));
  }
}
