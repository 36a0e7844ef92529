import {
  EMPTY_ROOT,
  MerkleFrontier,
  consistencyProof,
  inclusionProof,
  leafHash,
  leavesOf,
  nodeHash,
  subtreeRoot,
  verifyConsistency,
  verifyInclusion,
} from './merkle-log';

const leaves = (n: number) => Array.from({ length: n }, (_, i) => leafHash(`event ${i}`));

/** MTH straight from the RFC's definition, to check the others against. */
function definitionRoot(hashes: string[]): string {
  if (hashes.length === 0) return EMPTY_ROOT;
  if (hashes.length === 1) return hashes[0];
  let k = 1;
  while (k * 2 < hashes.length) k *= 2;
  return nodeHash(definitionRoot(hashes.slice(0, k)), definitionRoot(hashes.slice(k)));
}

const SIZES = [1, 2, 3, 4, 5, 7, 8, 9, 16, 17];

describe('Merkle log (RFC 9162)', () => {
  it('hashes the empty tree, a leaf and a node with the RFC prefixes', () => {
    expect(EMPTY_ROOT).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    // SHA-256(0x00): the leaf hash of the empty entry, as in the Certificate Transparency vectors.
    expect(leafHash('')).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
    expect(nodeHash(leafHash(''), leafHash(''))).not.toBe(leafHash(Buffer.concat([Buffer.from(leafHash(''), 'hex'), Buffer.from(leafHash(''), 'hex')])));
  });

  it.each([0, ...SIZES])('the frontier and the subtree walk agree with the definition for %i leaves', (n) => {
    const hashes = leaves(n);
    const frontier = new MerkleFrontier();
    hashes.forEach((hash) => frontier.append(hash));
    expect(frontier.size).toBe(n);
    expect(frontier.root()).toBe(definitionRoot(hashes));
    expect(subtreeRoot(leavesOf(hashes), 0, n)).toBe(definitionRoot(hashes));
  });

  it('a tree of one leaf has the leaf as root and an empty audit path', () => {
    const [only] = leaves(1);
    expect(inclusionProof(leavesOf([only]), 0, 1)).toEqual([]);
    expect(verifyInclusion(only, 0, 1, [], only)).toBe(true);
  });

  it.each(SIZES)('every leaf of a tree of %i has an audit path that verifies, and fails for another leaf or root', (n) => {
    const hashes = leaves(n);
    const root = definitionRoot(hashes);
    for (let m = 0; m < n; m++) {
      const proof = inclusionProof(leavesOf(hashes), m, n);
      expect(verifyInclusion(hashes[m], m, n, proof, root)).toBe(true);
      expect(verifyInclusion(leafHash('forged'), m, n, proof, root)).toBe(false);
      expect(verifyInclusion(hashes[m], m, n, proof, leafHash('other root'))).toBe(false);
      if (n > 1) expect(verifyInclusion(hashes[m], (m + 1) % n, n, proof, root)).toBe(false);
    }
  });

  it('an audit path is refused for a leaf outside the tree', () => {
    expect(() => inclusionProof(leavesOf(leaves(3)), 3, 3)).toThrow(RangeError);
    expect(verifyInclusion(leafHash('x'), 3, 3, [], EMPTY_ROOT)).toBe(false);
  });

  it.each(SIZES)('every earlier tree is consistent with the tree of %i, and an altered leaf breaks it', (n) => {
    const hashes = leaves(n);
    const root = definitionRoot(hashes);
    for (let m = 0; m <= n; m++) {
      const earlier = definitionRoot(hashes.slice(0, m));
      const proof = consistencyProof(leavesOf(hashes), m, n);
      expect(verifyConsistency(m, n, proof, earlier, root)).toBe(true);
      if (m > 0 && m < n) {
        const altered = [...hashes];
        altered[m - 1] = leafHash('rewritten');
        // The old head against a log whose covered range was rewritten and re-rooted.
        const forgedRoot = definitionRoot(altered);
        const forgedProof = consistencyProof(leavesOf(altered), m, n);
        expect(verifyConsistency(m, n, forgedProof, earlier, forgedRoot)).toBe(false);
      }
    }
  });

  it('a shorter log (tail deleted) cannot be shown consistent with a larger published head', () => {
    expect(verifyConsistency(5, 4, [], definitionRoot(leaves(5)), definitionRoot(leaves(4)))).toBe(false);
    expect(() => consistencyProof(leavesOf(leaves(4)), 5, 4)).toThrow(RangeError);
  });

  it('the same size proves nothing but equal roots; from the empty tree anything follows', () => {
    const root = definitionRoot(leaves(4));
    expect(verifyConsistency(4, 4, [], root, root)).toBe(true);
    expect(verifyConsistency(4, 4, [], root, EMPTY_ROOT)).toBe(false);
    expect(verifyConsistency(0, 4, [], EMPTY_ROOT, root)).toBe(true);
    expect(verifyConsistency(2, 4, [], definitionRoot(leaves(2)), root)).toBe(false);
  });
});

describe('Merkle log with kept perfect subtrees', () => {
  it('reports every perfect subtree as it completes, and proofs using them match the plain ones', () => {
    const hashes = leaves(37);
    const kept = new Map<string, string>();
    const frontier = new MerkleFrontier((start, size, hash) => kept.set(`${start}/${size}`, hash));
    hashes.forEach((hash) => frontier.append(hash));
    expect(kept.get('0/32')).toBe(definitionRoot(hashes.slice(0, 32)));
    expect(kept.get('32/4')).toBe(definitionRoot(hashes.slice(32, 36)));
    expect(kept.has('36/1')).toBe(false);
    const withNodes = { ...leavesOf(hashes), perfectNode: (start: number, size: number) => kept.get(`${start}/${size}`) };
    for (const m of [0, 17, 31, 32, 36]) expect(inclusionProof(withNodes, m, 37)).toEqual(inclusionProof(leavesOf(hashes), m, 37));
    expect(consistencyProof(withNodes, 20, 37)).toEqual(consistencyProof(leavesOf(hashes), 20, 37));
  });
});
