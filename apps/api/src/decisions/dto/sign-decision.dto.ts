import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';
import { OptionalField } from '../../validation/field-presence';

export class SignDecisionDto {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ArrayUnique() @IsUUID('all', { each: true })
  nominationIds!: string[];

  /**
   * The decision's id, chosen by the client (optional): sending the same request again with it
   * joins the decision already under way (or returns it once signed). `Idempotency-Key` does the same.
   */
  @OptionalField() @IsUUID()
  decisionId?: string;
}
