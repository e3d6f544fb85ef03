export * from './organisation';
export * from './framework';
export * from './assessment';
export * from './identity';
export * from './audit';
export * from './oidc';
export * from './capacity';
export * from './investment';
