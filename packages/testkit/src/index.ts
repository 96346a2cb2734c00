export { temporaryDirectory } from './temporaryDirectory';
