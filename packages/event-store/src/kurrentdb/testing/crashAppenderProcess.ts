// Child process of the crash-recovery contract test: appends to the KurrentDB at argv[2], in the
// namespace argv[3], until killed. The server keeps what it acknowledged; the child is what dies.
import { runCrashAppender } from '../../contract/crashAppender';
import { openKurrentDbEventStore } from '../index';

const [connectionString, namespace] = process.argv.slice(2);
if (connectionString === undefined || namespace === undefined)
  throw new Error('usage: crashAppenderProcess <connection string> <namespace>');
await runCrashAppender(await openKurrentDbEventStore({ connectionString, namespace }));
