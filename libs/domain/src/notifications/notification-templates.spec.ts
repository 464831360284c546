import { formatDateVi, renderNotice } from './notification-templates';

describe('notification templates', () => {
  it('writes dates as Vietnamese offices do, in local time', () => {
    expect(formatDateVi('2026-03-19T16:59:59.999Z')).toBe('19/03/2026');
  });

  it('renders a reminder with the working days left and the due date', () => {
    const n = renderNotice({ kind: 'reminder', nomineeName: 'Nguyễn Thị Hoa', awardName: 'Bằng khen của Chủ tịch UBND tỉnh', stage: 'appraisal', offset: 2, dueAt: '2026-03-19T16:59:59.999Z' });
    expect(n.title).toBe('Nhắc hạn: Bằng khen của Chủ tịch UBND tỉnh cho Nguyễn Thị Hoa');
    expect(n.body).toContain('Còn 2 ngày làm việc');
    expect(n.body).toContain('19/03/2026');
  });

  it('renders every result', () => {
    for (const status of ['awarded', 'rejected', 'withdrawn', 'expired']) {
      expect(renderNotice({ kind: 'result', status, nomineeName: 'A' }).body).not.toContain(status);
    }
  });
});
