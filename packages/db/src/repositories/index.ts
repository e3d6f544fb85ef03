export * from './maturity';
export * from './assessments';
export * from './identity';
export * from './audit';
export * from './user-admin';
