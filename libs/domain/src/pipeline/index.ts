export * from './pipeline';
export * from './default-pipelines';
export * from './pipeline-rules';
