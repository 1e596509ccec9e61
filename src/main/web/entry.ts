// Build entry for browser mode (out/main/web.js); all logic lives in cli.ts so it can be tested.
import { restrictNewFiles } from '../private-files';
import { runWebCli } from './cli';

// Before anything opens the data folder: SQLite's -wal, -shm and backups are created 0600 from the start.
restrictNewFiles();
void runWebCli();
