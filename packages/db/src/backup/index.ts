export { writeBackup, type BackupOptions, type BackupSummary } from './write-backup';
export { hasAnyRows, restoreBackup } from './restore-backup';
export { BackupRefusedError, BACKUP_FORMAT_VERSION } from './backup-file';
export { listTablesInLoadOrder } from './catalog';
export { readEveryTable } from './table-contents';
