import { lockDataFolder } from '../data-folder-lock';

// A second Lägesbild process for the lock's tests: it takes the folder's lock, says so, and holds it
// until it is killed.
const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: hold-data-folder-lock <data folder>');
await lockDataFolder(dataDir);
process.stdout.write('locked\n');
setInterval(() => {}, 60_000);
