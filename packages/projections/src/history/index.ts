export { DocumentHistory, historyCollection, HISTORY_INDEXES } from './documentHistory';
export type { HistoryRow, HistoryFields } from './documentHistory';
export { HistoryReadModels, HistoryMissingError, HISTORY_MISSING } from './historyReadModels';
export type { HistoryReadModelsOptions } from './historyReadModels';
export { CountyDeltaCache } from './countyDeltasAsOf';
export { HistoryRowCache } from './historyRowCache';
