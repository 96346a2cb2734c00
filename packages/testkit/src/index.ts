export { temporaryDirectory } from './temporaryDirectory';
export { collect } from './collect';
