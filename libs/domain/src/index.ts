export const hello = (n: string): string => `xin chào ${n}`;
