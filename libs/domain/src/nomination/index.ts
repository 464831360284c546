export * from './nomination-view';
export * from './actions';
export * from './ballot-box';
export * from './transitions';
export * from './reassignment';
