// Child process of the crash-recovery contract test: appends to the SQLite store at argv[2] until killed.
import { runCrashAppender } from '../../contract/crashAppender';
import { openSqliteEventStore } from '../sqliteEventStore';

const fileName = process.argv[2];
if (fileName === undefined) throw new Error('usage: crashAppenderProcess <database file>');
await runCrashAppender(openSqliteEventStore({ fileName }));
