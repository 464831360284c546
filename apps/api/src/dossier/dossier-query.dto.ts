import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Describe } from '../validation/describe';

/** Two rounds of the dossier to compare. */
export class DossierDiffQuery {
  @Describe({ example: 1 })
  @Type(() => Number) @IsInt() @Min(1) @Max(1000) from!: number;
  @Describe({ example: 2 })
  @Type(() => Number) @IsInt() @Min(1) @Max(1000) to!: number;
}
