import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TreeHead', { description: 'A signed head of the Merkle log over every event (RFC 9162): the first treeSize events have root rootHash' })
export class TreeHeadObject {
  @Field(() => Int, { description: 'Number of events (leaves) the head covers, in position order' }) treeSize: number;
  @Field({ description: 'Hex SHA-256 Merkle root of those events' }) rootHash: string;
  @Field({ description: 'ISO instant the head was signed' }) timestamp: string;
  @Field(() => String, {
    nullable: true,
    description: "Global position of the first event the server signed: every event from it on must carry the server's valid signature (null: signing had not begun). Signed into the head",
  })
  signedFrom: string | null;
  @Field({ description: 'Base64 Ed25519 signature over the head' }) signature: string;
  @Field({ description: 'Base64 (SPKI DER) Ed25519 public key that checks the signature' }) publicKey: string;
}

@ObjectType('EventProof', { description: "An event's inclusion proof (audit path, leaf to root) against a signed tree head" })
export class EventProofObject {
  @Field({ description: 'Global position of the event' }) position: string;
  @Field(() => Int, { description: 'Index of its leaf in the log, from 0' }) leafIndex: number;
  @Field({ description: 'Hex leaf hash of the event as stored' }) leafHash: string;
  @Field(() => [String], { description: 'Hex sibling hashes from the leaf up to the root' }) proof: string[];
  @Field(() => TreeHeadObject) treeHead: TreeHeadObject;
}
