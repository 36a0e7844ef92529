// Linted as libs/domain/src/action/impure.decider.ts
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { join } from 'path';
import type { EventStore } from '@saferplan/event-store';
export * from '@saferplan/projections/progress';
import { InvalidInputError } from '../shared/errors';
const pg = require('pg');
const load = () => import('graphql');
const at = new Date();
const stamp = Date.now();
const chance = Math.random();
const env = process.env.NODE_ENV;
const pinned = new Date('2018-04-01T00:00:00Z');
