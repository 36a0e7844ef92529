// Linted as libs/domain/src/action/action.decider.spec.ts
import { readFileSync } from 'node:fs';
import { Test } from '@nestjs/testing';
const now = new Date();
