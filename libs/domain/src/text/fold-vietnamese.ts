/**
 * Folds Vietnamese text for accent-insensitive search: "Nguyễn Thị Hoà" → "nguyen thi hoa".
 * Đ/đ is a letter of its own (no combining mark), so it is mapped explicitly.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
