import { unitId } from '#ktf/persistence';

/**
 * The units of a merged province for generated data: the seeded demo units plus 14
 * departments and 129 communes/wards (DESIGN §1). Bench units get ids derived from their code in
 * SQL, so the loader and any later query agree without a lookup.
 */
const DEPARTMENTS = [
  'Sở Tài chính', 'Sở Xây dựng', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Sở Công Thương', 'Sở Nông nghiệp và Môi trường',
  'Sở Khoa học và Công nghệ', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Tư pháp', 'Sở Dân tộc và Tôn giáo', 'Thanh tra tỉnh',
  'Sở Ngoại vụ', 'Ban Quản lý các khu công nghiệp', 'Đài Phát thanh và Truyền hình tỉnh',
];
const PLACES = [
  'An', 'Bình', 'Đông', 'Tây', 'Nam', 'Bắc', 'Phú', 'Gia', 'Hoa Lư', 'Yên', 'Kim', 'Nho Quan', 'Tam Điệp', 'Ninh', 'Khánh',
  'Trường', 'Thạch', 'Đồng', 'Lạc', 'Văn',
];
const SUFFIXES = ['Thịnh', 'Phong', 'Hòa', 'Sơn', 'Lâm', 'Tiến', 'Hưng', 'Thành', 'Long', 'Mỹ'];

export interface BenchUnit {
  code: string;
  name: string;
  kind: string;
}

export function benchUnits(): BenchUnit[] {
  const units: BenchUnit[] = DEPARTMENTS.map((name, i) => ({ code: `BENCH-SO-${String(i + 1).padStart(2, '0')}`, name, kind: 'department' }));
  for (let i = 0; i < 129; i++) {
    const ward = i % 5 === 0;
    const name = `UBND ${ward ? 'phường' : 'xã'} ${PLACES[i % PLACES.length]} ${SUFFIXES[Math.floor(i / PLACES.length) % SUFFIXES.length]}`;
    units.push({ code: `BENCH-XA-${String(i + 1).padStart(3, '0')}`, name, kind: ward ? 'ward' : 'commune' });
  }
  return units;
}

/** Ids of the seeded units that nominate (the bench adds its own after them). */
export const SEEDED_NOMINATING_UNITS = ['VP-UBND', 'XA-DONG-THINH', 'P-NAM-HOA-LU', 'SO-NOI-VU'].map(unitId);

/** SQL that inserts the bench units (idempotent; needs pg_temp.kuuid from the nomination loader). */
export const INSERT_BENCH_UNITS = `
  INSERT INTO units (id, code, name, kind, parent_id)
  SELECT pg_temp.kuuid('ktf-bench-unit:' || u.code), u.code, u.name, u.kind, $4::uuid
  FROM unnest($1::text[], $2::text[], $3::text[]) AS u(code, name, kind)
  ON CONFLICT DO NOTHING`;

/**
 * Award codes weighted like a year-end round: grassroots titles dominate (one office of
 * ~200 staff proposes 152 CSTĐ cơ sở, 14 LĐTT, 29 Bằng khen, 3 TTLĐXS …).
 */
export const AWARD_WEIGHTS: [string, number][] = [
  ['CSTD_CO_SO', 330], ['LDTT', 250], ['GIAY_KHEN', 150], ['BANG_KHEN_CT_UBND', 110], ['TTLD_TIEN_TIEN', 60],
  ['TTLD_XUAT_SAC', 30], ['CSTD_TINH', 30], ['CO_THI_DUA_TINH', 8], ['BANG_KHEN_TTG', 20], ['CSTD_TOAN_QUOC', 4],
  ['HUAN_CHUONG_LD_3', 8],
];
