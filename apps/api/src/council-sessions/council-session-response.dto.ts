import { STAGE_KINDS } from '#ktf/domain';
import { CouncilProgress, NOMINATION_STATUS_VALUES, TallyView } from '../nominations/nomination-response.dto';
import { EnumField, IdField, InstantField, IntField, ListField, ListOf, ObjectField, TextField } from '../openapi/response-fields';

/** A nomination on the session's agenda, as the caller may see it. */
export class SessionNomination {
  @IdField() nominationId!: string;
  @TextField('Nguyễn Thị Hoa') nomineeName!: string;
  @EnumField(STAGE_KINDS, { nullable: true }) stage!: string | null;
  @EnumField(NOMINATION_STATUS_VALUES) status!: string;
  @ObjectField(CouncilProgress, { nullable: true }) council!: CouncilProgress | null;
  @ObjectField(TallyView, { nullable: true }) tally!: TallyView | null;
  @ListField({ type: 'string' }, { description: 'What the caller may do on this nomination now (e.g. `vote`)' }) allowedActions!: string[];
}

export class CouncilSessionResponse {
  @IdField() id!: string;
  @EnumField(['open', 'closed']) status!: string;
  @InstantField({ nullable: true }) votingDeadline!: string | null;
  @InstantField() createdAt!: string;
  @InstantField({ nullable: true }) closedAt!: string | null;
  @ListOf(SessionNomination) nominations!: SessionNomination[];
}

export class SessionBallotResults {
  @IdField() sessionId!: string;
  @ListOf(SessionNomination, { description: 'Each ballot’s nomination after it, in order' }) results!: SessionNomination[];
}

/** A session in a list: enough to pick one, without reading every nomination on its agenda. */
export class CouncilSessionSummary {
  @IdField() id!: string;
  @EnumField(['open', 'closed']) status!: string;
  @InstantField({ nullable: true }) votingDeadline!: string | null;
  @InstantField() createdAt!: string;
  @InstantField({ nullable: true }) closedAt!: string | null;
  @IntField({ example: 12 }) nominationCount!: number;
}
