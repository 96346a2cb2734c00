export { BadUserInputError, isBadUserInputError } from './badUserInputError';
