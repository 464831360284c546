import type { FormInstance } from 'antd';
import { isProblem } from '../api/problem';

/**
 * Puts a refused call's reasons next to the fields they name (400 per-field messages, 422's
 * `field`), for fields this form has. Returns what could not be placed, for an alert above
 * the buttons (or null when everything found its field).
 */
export function applyProblem(form: FormInstance, error: unknown, fieldMap: Record<string, (string | number)[]> = {}): string | null {
  if (!isProblem(error)) return 'Không kết nối được máy chủ. Vui lòng thử lại.';
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const placed: { name: (string | number)[]; errors: string[] }[] = [];
  for (const [field, messages] of Object.entries(error.fieldErrors())) {
    // `stages.0.kind` names the form's ['stages', 0, 'kind'] (list fields are indexed by numbers).
    const name = fieldMap[field] ?? field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    if (fieldMap[field] || known.has(String(name[0]))) placed.push({ name, errors: messages });
  }
  form.setFields(placed);
  if (placed.length && error.status !== 409) return null;
  return `${error.summary}: ${error.message}`;
}
