import { Client } from 'pg';
import { type TamperFixture, describeAuditTamperContract } from '../contract/audit-tamper.contract';
import { describeMerkleTamperContract } from '../contract/merkle-tamper.contract';
import type { EventSigner } from '../audit/event-witness';
import { PostgresEventStore } from './postgres-event-store';
import { dropSchema, freshTestSchema } from './postgres-test-schema';
import { describeWithService } from '../testing/service-suite';

describeWithService('postgres', 'PostgreSQL tamper evidence', (connectionString) => {
  const postgresTamperFixture = async (signer?: EventSigner): Promise<TamperFixture> => {
    const schema = freshTestSchema();
    const store = await PostgresEventStore.connect({ connectionString, schema, signer });
    const events = `"${schema}".events`;
    const raw = async (sql: string, params: unknown[]) => {
      const client = new Client({ connectionString });
      await client.connect();
      try {
        await client.query(sql, params);
      } finally {
        await client.end();
      }
    };
    return {
      store,
      setData: (streamId, revision, data) => raw(`UPDATE ${events} SET data = $1::json WHERE stream_id = $2 AND revision = $3`, [JSON.stringify(data), streamId, revision]),
      setMetadata: (streamId, revision, metadata) =>
        raw(`UPDATE ${events} SET metadata = $1::jsonb WHERE stream_id = $2 AND revision = $3`, [JSON.stringify(metadata), streamId, revision]),
      setRecordedAt: (streamId, revision, recordedAt) =>
        raw(`UPDATE ${events} SET recorded_at = $1::timestamptz WHERE stream_id = $2 AND revision = $3`, [recordedAt.toISOString(), streamId, revision]),
      deleteEvent: (streamId, revision) => raw(`DELETE FROM ${events} WHERE stream_id = $1 AND revision = $2`, [streamId, revision]),
      // Through a free revision: the (stream_id, revision) unique constraint is checked row by row.
      swapRevisions: async (streamId, a, b) => {
        const move = `UPDATE ${events} SET revision = $3 WHERE stream_id = $1 AND revision = $2`;
        await raw(move, [streamId, a, -1]);
        await raw(move, [streamId, b, a]);
        await raw(move, [streamId, -1, b]);
      },
      forger: (forgedSigner) => PostgresEventStore.connect({ connectionString, schema, signer: forgedSigner }),
      cleanup: () => dropSchema(connectionString, schema),
    };
  };
  describeAuditTamperContract('PostgreSQL', postgresTamperFixture);
  describeMerkleTamperContract('PostgreSQL', postgresTamperFixture);
});
