export * from './appraisal-checks';
