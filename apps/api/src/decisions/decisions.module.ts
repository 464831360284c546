import { Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { AppConfig } from '#ktf/config';
import { DecisionRepository, ReferenceRepository } from '#ktf/persistence';
import { NominationsModule } from '../nominations/nominations.module';
import { DecisionRecovery } from './decision-recovery';
import { DecisionsController } from './decisions.controller';
import { DecisionsService } from './decisions.service';

@Module({
  imports: [NominationsModule],
  controllers: [DecisionsController],
  providers: [
    DecisionsService,
    {
      provide: DecisionRecovery,
      inject: [Client, AppConfig, DecisionRepository, ReferenceRepository],
      useFactory: (client: Client, config: AppConfig, decisions: DecisionRepository, references: ReferenceRepository) =>
        new DecisionRecovery(client, config.TEMPORAL_TASK_QUEUE, decisions, references),
    },
  ],
  exports: [DecisionsService],
})
export class DecisionsModule implements OnApplicationBootstrap {
  private readonly log = new Logger('DecisionRecovery');

  constructor(private readonly recovery: DecisionRecovery) {}

  /**
   * At start-up, in the background: decisions left behind by the code before the decision
   * workflow (see DecisionRecovery) are handed to their workflow. A failure (Temporal or the
   * database away) is logged; the next start, or `npm run -s decisions:recover`, tries again.
   */
  onApplicationBootstrap(): void {
    void this.recovery.recover().then(
      (r) => {
        if (r.resumed.length || r.released.length || r.skipped.length) {
          this.log.warn(`resumed ${r.resumed.length} numbered decision(s), releasing reservations of ${r.released.length}; skipped ${JSON.stringify(r.skipped)}`);
        }
      },
      (e: unknown) => this.log.error(`recovery did not run: ${e instanceof Error ? e.message : String(e)}`),
    );
  }
}
