import { Module } from '@nestjs/common';
import { NominationsModule } from '../nominations/nominations.module';
import { DecisionsController } from './decisions.controller';
import { DecisionsService } from './decisions.service';

@Module({ imports: [NominationsModule], controllers: [DecisionsController], providers: [DecisionsService] })
export class DecisionsModule {}
