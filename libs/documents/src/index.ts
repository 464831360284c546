export * from './document-data';
export * from './decision-document';
export * from './certificate';
export * from './signing';
export * from './dev-certificates';
export * from './vietnamese-date';
export { pdfBytes } from './pdf-page';
export * from './poppler';
export * from './signer-directory';
