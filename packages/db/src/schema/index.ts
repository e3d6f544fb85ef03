export * from './organisation';
export * from './framework';
export * from './assessment';
