export * from './readModelDocumentInvalidError';
export * from './readModelPatchConflictError';
export * from './readModelQueryInvalidError';
export * from './readModelStoreClosedError';
export * from './readModelUnitOfWorkInvalidError';
