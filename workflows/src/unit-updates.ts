import { resubmitUpdate, submitUpdate, withdrawUpdate } from '#ktf/contracts';
import * as wf from '@temporalio/workflow';
import { take } from './stage-opening';
import { row } from './update-table';

/** What the nominating unit does: submit, resubmit after a supplement request, withdraw. */
export const UNIT_UPDATES = [
  row(submitUpdate, {
    // Nothing else may act (a second submit, a withdraw) until this submission has opened the
    // next stage; if it fails (e.g. no council configured) the nomination stays a draft.
    run: (m, req) =>
      m.holding(async () => {
        if (!m.loaded) m.submitAtStart = true;
        await wf.condition(() => m.loaded);
        const create = m.unrecordedCreate;
        m.unrecordedCreate = null;
        try {
          // The rules in force at submission are pinned: a draft edited for weeks gets today's
          // rules. Submitted with the start, the context loaded a moment ago is today's.
          if (!create) m.s.ctx = await m.acts.loadNominationContext(m.input.nominationId);
          const t = m.begin(req, 'submit', create ?? undefined);
          const { ctx } = m.s;
          await take(m, t, { type: 'submit', awardCode: ctx.awardCode, pipeline: { code: ctx.pipeline.code, version: ctx.pipeline.version } });
          m.serve(req, 'submit');
          return await t.commit();
        } catch (e) {
          // The submission failed (e.g. no council configured): the draft is still recorded.
          if (create) await create.commit();
          throw e;
        }
      }),
    validate: (m, req) => m.check('submit')(req),
  }),
  row(resubmitUpdate, {
    async run(m, req) {
      m.serve(req, 'supplement');
      const t = m.begin(req, 'supplement');
      await take(m, t, { type: 'resubmit', reason: req.reason ?? null });
      return t.commit();
    },
    validate: (m, req) => m.check('supplement')(req),
  }),
  row(withdrawUpdate, {
    async run(m, req) {
      m.serve(req, 'withdraw');
      const t = m.begin(req, 'withdraw');
      await take(m, t, { type: 'withdraw', reason: req.reason ?? null });
      return t.commit();
    },
    validate: (m, req) => m.check('withdraw')(req),
  }),
];
