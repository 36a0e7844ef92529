/** Injection tokens for the ports the API depends on. */
export const EVENT_STORE = Symbol('EVENT_STORE');
export const READ_MODEL_STORE = Symbol('READ_MODEL_STORE');
export const APP_CONFIG = Symbol('APP_CONFIG');
export const CLOCK = Symbol('CLOCK');
/** The Ed25519 private key (a node:crypto KeyObject) that signs every event appended and every tree head. */
export const AUDIT_SIGNING_KEY = Symbol('AUDIT_SIGNING_KEY');
/** Optional override of how long unpinned writes retry a busy stream (tests). */
export const WRITE_RETRY = Symbol('WRITE_RETRY');

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
