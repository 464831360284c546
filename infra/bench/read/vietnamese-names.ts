import { foldVietnamese } from '#ktf/domain';

/**
 * Vietnamese personal names for generated data, weighted roughly by how common they are
 * (family names: Nguyễn ≈ 38 %, Trần ≈ 11 %, Lê ≈ 9.5 %, …). Weights are per mille-ish;
 * only their ratios matter.
 */
export const FAMILY: [string, number][] = [
  ['Nguyễn', 380], ['Trần', 110], ['Lê', 95], ['Phạm', 70], ['Hoàng', 30], ['Huỳnh', 21], ['Phan', 45], ['Vũ', 20],
  ['Võ', 19], ['Đặng', 21], ['Bùi', 20], ['Đỗ', 14], ['Hồ', 13], ['Ngô', 13], ['Dương', 10], ['Lý', 5], ['Đinh', 8],
  ['Trịnh', 6], ['Đào', 6], ['Mai', 5], ['Cao', 4], ['Lương', 4], ['Tạ', 3], ['Quách', 2], ['Lã', 1],
];

export const MIDDLE_MALE: [string, number][] = [
  ['Văn', 400], ['Đức', 90], ['Minh', 90], ['Hữu', 70], ['Quang', 60], ['Công', 50], ['Thanh', 40], ['Xuân', 40],
  ['Ngọc', 30], ['Trọng', 30], ['Tiến', 25], ['Mạnh', 20], ['Hoàng', 20], ['Bá', 15], ['Đình', 20],
];

export const MIDDLE_FEMALE: [string, number][] = [
  ['Thị', 500], ['Ngọc', 70], ['Thu', 60], ['Thanh', 60], ['Minh', 40], ['Hồng', 40], ['Thùy', 30], ['Phương', 30],
  ['Kim', 30], ['Bích', 20], ['Khánh', 20], ['Mỹ', 20],
];

export const GIVEN_MALE: [string, number][] = [
  ['Anh', 60], ['Hùng', 50], ['Dũng', 45], ['Tuấn', 50], ['Nam', 40], ['Sơn', 40], ['Hải', 40], ['Long', 35], ['Huy', 40],
  ['Quân', 30], ['Đức', 35], ['Thắng', 30], ['Trung', 30], ['Hiếu', 30], ['Khánh', 25], ['Phong', 20], ['Cường', 25],
  ['Bình', 25], ['Việt', 20], ['Thành', 30], ['Tùng', 20], ['Toàn', 15], ['Lộc', 12], ['Vinh', 15], ['Đông', 10],
];

export const GIVEN_FEMALE: [string, number][] = [
  ['Hoa', 40], ['Lan', 45], ['Hương', 50], ['Linh', 50], ['Trang', 50], ['Hà', 40], ['Thảo', 40], ['Thủy', 35],
  ['Hằng', 35], ['Phương', 30], ['Mai', 35], ['Ngọc', 25], ['Nhung', 20], ['Yến', 20], ['Hạnh', 25], ['Dung', 25],
  ['Huyền', 30], ['Oanh', 15], ['Quỳnh', 20], ['Vân', 20], ['Loan', 15], ['Tuyết', 10], ['Ánh', 15], ['Hoà', 12],
];

/** Collective nominees (tập thể): departments and offices. */
export const COLLECTIVES: [string, number][] = [
  ['Phòng Tổng hợp', 10], ['Phòng Hành chính - Tổ chức', 10], ['Phòng Kinh tế', 8], ['Phòng Văn hóa - Xã hội', 8],
  ['Văn phòng HĐND và UBND', 8], ['Trung tâm Phục vụ hành chính công', 6], ['Phòng Tài chính - Kế hoạch', 8],
  ['Ban Chỉ huy Quân sự', 5], ['Trạm Y tế', 6], ['Trường Tiểu học', 8], ['Trường THCS', 8], ['Công an xã', 5],
];

/** A list in which each value appears in proportion to its weight (scaled to ≈ `size` entries). */
export function expand(list: [string, number][], size = 200): string[] {
  const total = list.reduce((a, [, w]) => a + w, 0);
  return list.flatMap(([v, w]) => Array<string>(Math.max(1, Math.round((w / total) * size))).fill(v));
}

const pick = (list: string[]) => list[Math.floor(Math.random() * list.length)];
const pools = {
  family: expand(FAMILY),
  maleMiddle: expand(MIDDLE_MALE),
  femaleMiddle: expand(MIDDLE_FEMALE),
  maleGiven: expand(GIVEN_MALE),
  femaleGiven: expand(GIVEN_FEMALE),
};

const used = new Set<string>();

/**
 * A name not handed out before in this process. The appraisal checks flag a second live
 * nomination of the same person for the same award and year, so bench nominees must be
 * distinct people: after a collision a second middle name is added (Nguyễn Thị Minh Hoa),
 * as Vietnamese names often have.
 */
export function randomFullName(): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const female = Math.random() < 0.5;
    const middles = female ? pools.femaleMiddle : pools.maleMiddle;
    const first = pick(middles);
    const others = [...new Set(middles)].filter((m) => m !== first);
    const second = attempt > 0 ? ` ${pick(others)}` : '';
    const name = `${pick(pools.family)} ${first}${second} ${pick(female ? pools.femaleGiven : pools.maleGiven)}`;
    // Unique as the duplicate check sees names: folded (Hùng and Hưng are the same nominee_search).
    const key = foldVietnamese(name);
    if (!used.has(key)) {
      used.add(key);
      return name;
    }
  }
  throw new Error('ran out of distinct names');
}

/** Name parts with their folded form (`foldVietnamese`, the same folding as nominee_search). */
export const withFolded = (parts: string[]) => ({ names: parts, folded: parts.map(foldVietnamese) });
