export * from './pipeline';
export * from './default-pipelines';
