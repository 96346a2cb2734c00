export * from './reportNotCompiled';
export * from './reportAlreadySubmitted';
export * from './reportHashMismatch';
export * from './reportPositionRegressed';
