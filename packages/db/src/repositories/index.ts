export * from './maturity';
export * from './assessments';
