// Build entry for browser mode (out/main/web.js); all logic lives in cli.ts so it can be tested.
import { runWebCli } from './cli';

void runWebCli();
