// Linted as libs/event-store/src/sqlite/sqlite-event-store.ts
import { ProgressProjection } from '@saferplan/projections/progress/progress.projection';
import { DomainEvent } from '@saferplan/domain/events';
import Database from 'better-sqlite3';
