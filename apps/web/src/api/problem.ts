/** An RFC 9457 problem document as the API sends it (apps/api/src/problem). */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  /** 400: per-field messages from validation. Some 422s list rule messages as plain strings (pipeline versions). */
  errors?: ({ field: string; messages: string[] } | string)[];
  /** 422 and some 400s: the one field a rule failed on. */
  field?: string;
  /** 422 on submit: the dossier documents missing from an electronic dossier. */
  missing?: string[];
  /** 422 on approve: the checks that failed (approve needs an override reason). */
  failedChecks?: { code: string; ok: boolean; message: string }[];
  /** 409: the stage the nomination is in. */
  stage?: string | null;
}

const STATUS_VI: Record<number, string> = {
  400: 'Dữ liệu chưa hợp lệ',
  401: 'Phiên đăng nhập đã hết hạn',
  403: 'Bạn không có quyền thực hiện thao tác này',
  404: 'Không tìm thấy',
  409: 'Thao tác không phù hợp với bước hiện tại của hồ sơ',
  413: 'Tệp quá lớn',
  422: 'Chưa đáp ứng quy định',
  429: 'Thao tác quá nhanh, vui lòng thử lại sau',
  500: 'Lỗi hệ thống',
  503: 'Hệ thống tạm thời không phục vụ',
};

/** A refused API call: the status, the problem document, and a Vietnamese summary. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiProblem';
  }

  /** The Vietnamese heading for this refusal. */
  get summary(): string {
    return STATUS_VI[this.status] ?? `Lỗi ${this.status}`;
  }

  /** Messages per field (dotted paths as the API names them, e.g. nominee.fullName). */
  fieldErrors(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const e of this.problem.errors ?? []) if (typeof e === 'object') (out[e.field] ??= []).push(...e.messages);
    if (this.problem.field && this.problem.detail) (out[this.problem.field] ??= []).push(this.problem.detail);
    return out;
  }
}

export async function problemOf(response: Response, body: unknown): Promise<ApiProblem> {
  const problem: Problem =
    body && typeof body === 'object' ? { status: response.status, ...(body as object) } : { status: response.status, detail: typeof body === 'string' && body ? body : response.statusText };
  const retry = Number(response.headers.get('retry-after'));
  return new ApiProblem(response.status, problem, Number.isFinite(retry) && retry > 0 ? retry : null);
}

export const isProblem = (e: unknown, status?: number): e is ApiProblem => e instanceof ApiProblem && (status === undefined || e.status === status);
