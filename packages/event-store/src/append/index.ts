export { assertAppendable, assertEventStorable, serializeData } from './validateAppend';
