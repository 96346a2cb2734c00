export { temporaryDirectory } from './temporaryDirectory';
export { collect } from './collect';
export { eventually, sleep } from './eventually';
export { seededRandom } from './seededRandom';
