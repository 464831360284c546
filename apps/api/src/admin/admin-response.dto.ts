import { ROLES } from '#ktf/domain';
import { BoolField, EnumField, IdField, InstantField, IntField, ListField, ListOf, TextField } from '../openapi/response-fields';
import { CreateAwardTypeDto } from './award-type.dto';
import { StageDto } from './pipeline.dto';

/** An award type as stored: the definition an admin wrote, and when. */
export class AwardTypeResponse extends CreateAwardTypeDto {
  @InstantField() updatedAt!: string;
}

export class PipelineSummaryResponse {
  @TextField('provincial') code!: string;
  @IntField({ example: 2 }) latestVersion!: number;
  @TextField('Quy trình khen thưởng cấp tỉnh') name!: string;
  @IntField({ description: 'How many versions exist' }) versions!: number;
  @InstantField() latestCreatedAt!: string;
  @ListField({ type: 'string' }, { description: 'Award types whose nominations start on the newest version', example: ['BANG_KHEN_CT_UBND'] }) awardCodes!: string[];
}

export class PipelineVersionResponse {
  @TextField('provincial') code!: string;
  @IntField({ example: 2 }) version!: number;
  @TextField('Quy trình khen thưởng cấp tỉnh') name!: string;
  @ListOf(StageDto) stages!: StageDto[];
  @InstantField() createdAt!: string;
  @BoolField({ description: 'Some nomination runs on this version (every version is immutable anyway)' }) inUse!: boolean;
}

export class PipelineVersionsResponse {
  @TextField('provincial') code!: string;
  @IntField({ example: 2 }) latestVersion!: number;
  @ListOf(PipelineVersionResponse, { description: 'Newest first' }) versions!: PipelineVersionResponse[];
}

export class UnitResponse {
  @IdField() id!: string;
  @TextField('VP-UBND') code!: string;
  @TextField('Văn phòng UBND tỉnh') name!: string;
  @TextField('office') kind!: string;
  @IdField({ nullable: true }) parentId!: string | null;
}

export class UserResponse {
  @IdField() id!: string;
  @TextField('officer.vp') username!: string;
  @TextField('Nguyễn Thị Lan') fullName!: string;
  @IdField() unitId!: string;
  @ListField({ type: 'string', enum: [...ROLES] }) roles!: string[];
  @TextField('lan.nt@vpubnd.example.gov.vn', { nullable: true, required: false, description: 'Shown to admins only' }) email?: string | null;
  @TextField('UBND', { nullable: true }) signerAuthority!: string | null;
  @BoolField({ description: 'False once deactivated: no sign-in, no council seat (never deleted)' }) active!: boolean;
}

export class CouncilMemberView {
  @IdField() id!: string;
  @TextField('council.1', { nullable: true }) username!: string | null;
  @TextField('Trần Văn Minh', { nullable: true }) fullName!: string | null;
}

export class CouncilResponse {
  @IdField() id!: string;
  @TextField('HD-TDKT-TINH') code!: string;
  @TextField('Hội đồng Thi đua - Khen thưởng tỉnh') name!: string;
  @EnumField(['province', 'unit']) level!: string;
  @IdField({ nullable: true }) unitId!: string | null;
  @ListField({ type: 'string', format: 'uuid' }, { description: 'Active members' }) memberIds!: string[];
  @ListOf(CouncilMemberView) members!: CouncilMemberView[];
}
