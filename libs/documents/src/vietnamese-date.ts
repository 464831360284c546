const VN_OFFSET_MS = 7 * 3_600_000;

/** The calendar day in Asia/Ho_Chi_Minh (UTC+7, no DST). */
export function vietnamDay(at: Date): { day: number; month: number; year: number } {
  const local = new Date(at.getTime() + VN_OFFSET_MS);
  return { day: local.getUTCDate(), month: local.getUTCMonth() + 1, year: local.getUTCFullYear() };
}

/**
 * "Ninh Bình, ngày 05 tháng 01 năm 2026": Nghị định 30/2020 writes days below 10 and the
 * months 1 and 2 with a leading zero (so no one can add a digit), the other months as they are.
 */
export function placeAndDate(place: string, at: Date): string {
  const { day, month, year } = vietnamDay(at);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/** dd/MM/yyyy, for references to a document inside another ("Quyết định số … ngày 15/01/2026"). */
export function shortDate(at: Date): string {
  const { day, month, year } = vietnamDay(at);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
