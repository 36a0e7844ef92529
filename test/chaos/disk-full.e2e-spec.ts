/**
 * Chaos: the data folder's disk fills up (SQLite, the store that keeps its data there). Writes
 * then fail with a clear typed error (STORAGE_FULL, never a 500), nothing acknowledged is lost,
 * and once space is freed writes succeed again; after a restart, projections equal a rebuild.
 */
import { join } from 'node:path';
import { ApiHarness } from '../support/api-harness';
import { type Acknowledged, chaos, expectAcknowledgedPresent, expectRebuildIdentical, givenActions } from './support/chaos-load';
import { type SizeLimitedFolder, sizeLimitedFolder } from './support/size-limited-folder';

const SCHEDULE = `mutation($i: ScheduleMilestoneInput!) { scheduleMilestone(input: $i) { id title } }`;
/** More than a full WAL can absorb in the space left: the disk-full answer must come before this. */
const MOST_ATTEMPTS = 3000;

describe('chaos: the data folder runs out of disk space (sqlite)', () => {
  let folder: SizeLimitedFolder;
  let api: ApiHarness | null = null;

  beforeAll(() => {
    folder = sizeLimitedFolder(24 * 2 ** 20);
    console.log(`disk-full chaos: size-limited data folder by ${folder.method}`);
  });
  afterAll(async () => {
    await api?.stop();
    folder?.release();
  });

  it(
    'refuses writes with STORAGE_FULL while full, loses nothing acknowledged, and writes again once space is freed',
    async () => {
      api = await ApiHarness.start({ store: 'sqlite', dataDir: join(folder.path, 'data') });
      const [actionId] = await givenActions(api, 1);
      const acknowledged: Acknowledged[] = [];
      const schedule = async (title: string) => {
        const answer = await api!.gql(SCHEDULE, { i: { actionId, title, dueQuarter: '2017/18 Q4' } });
        if (answer.status === 200 && !answer.errors?.length) acknowledged.push({ actionId, milestoneId: answer.data.scheduleMilestone.id, title });
        return answer;
      };
      for (let i = 0; i < chaos.writers * 5; i++) expect((await schedule(`before ${i}`)).errors).toBeUndefined();

      folder.fill();
      let refused: Awaited<ReturnType<typeof schedule>> | null = null;
      for (let i = 0; i < MOST_ATTEMPTS && !refused; i++) {
        // Writes may still fit in space SQLite already holds (its WAL); each either succeeds or is refused as full.
        const answer = await schedule(`while full ${i}`);
        if (answer.errors?.length) refused = answer;
      }
      expect(refused).not.toBeNull();
      expect(refused!.status).not.toBe(500);
      expect(refused!.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/run out of storage space/), extensions: { code: 'STORAGE_FULL' } })]);
      await expectAcknowledgedPresent(api, acknowledged);

      folder.free();
      for (let i = 0; i < chaos.writers * 5; i++) expect((await schedule(`after ${i}`)).errors).toBeUndefined();
      await expectAcknowledgedPresent(api, acknowledged);

      await api.restart();
      await expectAcknowledgedPresent(api, acknowledged);
      const config = api.config;
      await api.stop({ keepData: true });
      api = null;
      await expectRebuildIdentical(config);
    },
    chaos.timeoutMs,
  );
});
