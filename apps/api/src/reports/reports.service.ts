import { Injectable } from '@nestjs/common';
import { Actor, DomainError, Role, STAGE_LABELS, StageKind } from '#ktf/domain';
import { RegisterRow, ReportRepository } from '#ktf/persistence';
import { AwardsReportQuery, NominationsReportQuery } from './report-query.dto';
import { sheetOf, vietnamDay } from './xlsx-sheet';

/** The office (admin, Sở Nội vụ: secretary, appraiser) and auditors; not units, not signers. */
const REPORT_ROLES: Role[] = ['admin', 'council_secretary', 'appraiser', 'auditor'];

/** A register larger than this is refused rather than built in memory: filter by year or unit. */
export const REGISTER_MAX_ROWS = 50_000;

const STATUS_LABELS: Record<string, string> = {
  in_progress: 'Đang xử lý',
  awarded: 'Đã khen thưởng',
  rejected: 'Không khen thưởng',
  withdrawn: 'Đã rút',
  expired: 'Hết hạn',
};

const SUBJECT_LABELS = { individual: 'Cá nhân', collective: 'Tập thể' } as const;

/**
 * Timeliness as the office reports it: a stage deadline missed at any point is late for good;
 * an open one past its due date is late now; otherwise on time.
 */
export function timeliness(row: Pick<RegisterRow, 'status' | 'dueAt' | 'breachedAt'>, now: Date): string {
  if (row.breachedAt) return 'Quá hạn';
  if (row.status === 'in_progress' && row.dueAt && row.dueAt.getTime() < now.getTime()) return 'Quá hạn';
  return 'Đúng hạn';
}

@Injectable()
export class ReportsService {
  constructor(private readonly reports: ReportRepository) {}

  private allow(actor: Actor) {
    if (!actor.roles.some((r) => REPORT_ROLES.includes(r))) throw new DomainError('forbidden', 'reports are for the office (admin, Sở Nội vụ) and auditors');
  }

  /** Awards by unit and award type for a year, with a total line. */
  async awards(actor: Actor, q: AwardsReportQuery): Promise<Buffer> {
    this.allow(actor);
    const rows = await this.reports.awardCounts(q.year);
    const total = rows.reduce((t, r) => [t[0] + r.individuals, t[1] + r.collectives], [0, 0]);
    return sheetOf(
      `Khen thưởng ${q.year}`,
      `THỐNG KÊ KHEN THƯỞNG NĂM ${q.year}`,
      [
        { header: 'STT', width: 6 },
        { header: 'Đơn vị', width: 36 },
        { header: 'Hình thức khen thưởng', width: 40 },
        { header: 'Cá nhân', width: 10 },
        { header: 'Tập thể', width: 10 },
        { header: 'Tổng số', width: 10 },
      ],
      [
        ...rows.map((r, i) => [i + 1, r.unitName, r.awardName, r.individuals, r.collectives, r.individuals + r.collectives]),
        [null, 'Tổng cộng', null, total[0], total[1], total[0] + total[1]],
      ],
    );
  }

  /** The register of submitted nominations: stage, due date and whether it is on time. */
  async nominations(actor: Actor, q: NominationsReportQuery, now = new Date()): Promise<Buffer> {
    this.allow(actor);
    const rows = await this.reports.register({ year: q.year, unitId: q.unitId }, REGISTER_MAX_ROWS + 1);
    if (rows.length > REGISTER_MAX_ROWS) throw new DomainError('rule_failed', `more than ${REGISTER_MAX_ROWS} nominations: filter by year or unit`);
    return sheetOf(
      'Sổ theo dõi',
      q.year ? `SỔ THEO DÕI HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG NĂM ${q.year}` : 'SỔ THEO DÕI HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG',
      [
        { header: 'STT', width: 6 },
        { header: 'Cá nhân/Tập thể được đề nghị', width: 32 },
        { header: 'Đối tượng', width: 10 },
        { header: 'Đơn vị', width: 30 },
        { header: 'Hình thức khen thưởng', width: 36 },
        { header: 'Năm', width: 8 },
        { header: 'Trạng thái', width: 18 },
        { header: 'Bước xử lý', width: 30 },
        { header: 'Ngày lập', width: 12, date: true },
        { header: 'Hạn xử lý', width: 12, date: true },
        { header: 'Tiến độ', width: 12 },
        { header: 'Số quyết định', width: 18 },
      ],
      rows.map((r, i) => [
        i + 1,
        r.nomineeName,
        SUBJECT_LABELS[r.subject],
        r.unitName,
        r.awardName,
        r.year,
        STATUS_LABELS[r.status] ?? r.status,
        r.stage ? STAGE_LABELS[r.stage as StageKind].vi : null,
        vietnamDay(r.createdAt),
        r.dueAt && vietnamDay(r.dueAt),
        timeliness(r, now),
        r.decisionNumber,
      ]),
    );
  }
}
