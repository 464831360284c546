/**
 * The console's pages live under /app (the API owns every other top-level path; see
 * apps/api/src/console/console-static.ts). Vietnamese slugs, as the people using it say them.
 */
export const PATHS = {
  login: '/app/dang-nhap',
  home: '/app',
  inbox: '/app/viec-can-xu-ly',
  notifications: '/app/thong-bao',
  nominations: '/app/ho-so',
  newNomination: '/app/ho-so/moi',
  /** A new nomination answering a campaign (its id in `?dot=`). */
  newNominationFor: (campaignId: string) => `/app/ho-so/moi?dot=${campaignId}`,
  campaignIntake: '/app/dot-phat-dong',
  nomination: (id: string) => `/app/ho-so/${id}`,
  signing: '/app/ky-quyet-dinh',
  councilSessions: '/app/phien-hop',
  councilSession: (id: string) => `/app/phien-hop/${id}`,
  audit: '/app/kiem-toan',
  delegations: '/app/uy-quyen-ky',
  reports: '/app/bao-cao',
  holidays: '/app/quan-tri/ngay-nghi',
  users: '/app/quan-tri/nguoi-dung',
  units: '/app/quan-tri/don-vi',
  councils: '/app/quan-tri/hoi-dong',
  awardTypes: '/app/quan-tri/hinh-thuc-khen-thuong',
  pipelines: '/app/quan-tri/quy-trinh',
} as const;
