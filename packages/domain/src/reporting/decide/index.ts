export { decideCompileNationalReport } from './compile';
export { decideSubmitNationalReport } from './submit';
