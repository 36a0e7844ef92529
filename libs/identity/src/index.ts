export * from './tokens';
export * from './development-secret';
