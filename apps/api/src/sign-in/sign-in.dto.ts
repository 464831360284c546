import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from '#ktf/auth';
import { ROLES, type Role } from '#ktf/domain';

export class LoginDto {
  @ApiProperty({ example: 'officer.vp' })
  @IsString() @IsNotEmpty() @MaxLength(200) username!: string;

  @ApiProperty({ format: 'password' })
  @IsString() @IsNotEmpty() @MaxLength(1024) password!: string;
}

export class SetPasswordDto {
  /** Length rules come from configuration (AUTH_PASSWORD_MIN_LENGTH); checked by the service. */
  @ApiProperty({ format: 'password', description: 'the new password (at least AUTH_PASSWORD_MIN_LENGTH characters, default 12)' })
  @IsString() @MaxLength(MAX_PASSWORD_LENGTH) password!: string;
}

/** For the OpenAPI document (the console's generated client). */
export class SignedInUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) unitId!: string | null;
  @ApiPropertyOptional() unitName?: string;
}

export class TokenResponseDto {
  @ApiProperty({ description: 'bearer token for the Authorization header' }) accessToken!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'seconds the access token is valid for' }) expiresIn!: number;
  @ApiProperty({ type: SignedInUserDto }) user!: SignedInUserDto;
}
