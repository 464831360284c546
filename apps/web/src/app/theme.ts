import type { ThemeConfig } from 'antd';

/**
 * A restrained red for a commendation office. Secondary and placeholder text are darker than
 * Ant Design's defaults (#8c8c8c, #bfbfbf) so that every text meets WCAG AA contrast (4.5:1).
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#a8201a',
    colorLink: '#1f4e8c',
    colorTextSecondary: '#595959',
    colorTextTertiary: '#595959',
    colorTextDescription: '#595959',
    colorTextPlaceholder: '#6e6e6e',
    // Status colours dark enough for text on their light tag backgrounds.
    colorSuccess: '#2b7a0b',
    colorWarning: '#ad5b00',
    colorError: '#b3261e',
    colorInfo: '#0958d9',
    colorSuccessBg: '#f0f9eb',
    colorSuccessBorder: '#b7dfa0',
    colorWarningBg: '#fff7e6',
    colorWarningBorder: '#ffd591',
    colorErrorBg: '#fff1f0',
    colorErrorBorder: '#ffccc7',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
    // Focus rings and the focused field's glow in the link blue: the brand red would read as an error.
    controlOutline: 'rgba(31, 78, 140, 0.25)',
    borderRadius: 6,
    fontFamily: "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff' },
    Input: { activeBorderColor: '#1f4e8c', hoverBorderColor: '#1f4e8c' },
    InputNumber: { activeBorderColor: '#1f4e8c', hoverBorderColor: '#1f4e8c' },
    Select: { activeBorderColor: '#1f4e8c', hoverBorderColor: '#1f4e8c' },
    DatePicker: { activeBorderColor: '#1f4e8c', hoverBorderColor: '#1f4e8c' },
    Table: { rowSelectedBg: '#fbefee', rowSelectedHoverBg: '#f7e4e2', rowHoverBg: '#f7f7f7' },
  },
};

/**
 * The theme as this browser wants it: no animation where the person asked their system for
 * reduced motion (WCAG 2.3.3). The UI tests ask for it too, so no click lands on a dialog still
 * zooming in.
 */
export function themeFor(reducedMotion: boolean): ThemeConfig {
  return reducedMotion ? { ...theme, token: { ...theme.token, motion: false } } : theme;
}

export const prefersReducedMotion = (): boolean => typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
