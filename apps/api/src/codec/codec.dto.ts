import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { JsonField, ListOf, TextField } from '../openapi/response-fields';
import { IsBase64Record, IsBase64Text } from '../validation/base64';
import { OptionalField } from '../validation/field-presence';

/** A Temporal payload in the codec server protocol's JSON: metadata values and data in base64. */
export class CodecPayloadDto {
  /** Metadata name → base64 value (e.g. `encoding`). */
  @OptionalField() @IsBase64Record()
  metadata?: Record<string, string>;

  @OptionalField() @IsBase64Text()
  data?: string;
}

/** The body Temporal's UI and CLI send to a codec server, and what it answers. */
export class CodecRequestDto {
  @IsArray() @ArrayMaxSize(10_000) @ValidateNested({ each: true }) @Type(() => CodecPayloadDto)
  payloads!: CodecPayloadDto[];
}

export class CodecPayload {
  @JsonField({ description: 'Metadata name → base64 value', example: { encoding: 'anNvbi9wbGFpbg==' } }) metadata!: Record<string, string>;
  @TextField('eyJjaG9pY2UiOiJhZ3JlZSJ9', { description: 'base64' }) data!: string;
}

export class CodecResponse {
  @ListOf(CodecPayload) payloads!: CodecPayload[];
}
