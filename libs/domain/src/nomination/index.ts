export * from './nomination-view';
export * from './actions';
