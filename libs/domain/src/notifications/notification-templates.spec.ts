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

  it('renders every result in Vietnamese', () => {
    const bodies = ['awarded', 'rejected', 'withdrawn', 'expired'].map((status) => renderNotice({ kind: 'result', status, nomineeName: 'A', awardName: 'Giấy khen' }));
    expect(bodies).toEqual([
      { title: 'Kết quả: Giấy khen cho A', body: 'Hồ sơ đề nghị Giấy khen cho A đã được khen thưởng.' },
      { title: 'Kết quả: Giấy khen cho A', body: 'Hồ sơ đề nghị Giấy khen cho A không được chấp thuận.' },
      { title: 'Kết quả: Giấy khen cho A', body: 'Hồ sơ đề nghị Giấy khen cho A đã được rút.' },
      { title: 'Kết quả: Giấy khen cho A', body: 'Hồ sơ đề nghị Giấy khen cho A đã hết hạn do không bổ sung hồ sơ đúng hạn.' },
    ]);
  });

  it('tells the person a task was passed to, with the stage and its due date', () => {
    expect(renderNotice({ kind: 'assigned', nomineeName: 'Phan Thị Chuyển', awardName: 'Giấy khen', stage: 'council_review', dueAt: '2026-03-19T16:59:59.999Z' })).toEqual({
      title: 'Hồ sơ được chuyển cho đồng chí xử lý: Giấy khen cho Phan Thị Chuyển',
      body: 'Hồ sơ đề nghị Giấy khen cho Phan Thị Chuyển đang ở bước xét của Hội đồng Thi đua - Khen thưởng đã được chuyển cho đồng chí xử lý. Hạn xử lý: 19/03/2026.',
    });
  });
});
