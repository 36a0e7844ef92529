import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type SignedTreeHead, parseHeadsJsonl } from './tree-head';

export const TREE_HEADS_FILE = 'tree-heads.jsonl';

/**
 * The heads this server signed, one JSON line each, in the data directory beside (not inside)
 * the database. It is a convenience for `audit heads` and `treeHead`: trust comes from the
 * signatures and from copies published elsewhere, so it needs no protection of its own.
 */
export class TreeHeadJournal {
  readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, TREE_HEADS_FILE);
  }

  append(head: SignedTreeHead): void {
    mkdirSync(dirname(this.file), { recursive: true });
    appendFileSync(this.file, `${JSON.stringify(head)}\n`, 'utf8');
  }

  all(): SignedTreeHead[] {
    return existsSync(this.file) ? parseHeadsJsonl(readFileSync(this.file, 'utf8')) : [];
  }

  latest(): SignedTreeHead | null {
    const heads = this.all();
    return heads.length === 0 ? null : heads[heads.length - 1];
  }
}
