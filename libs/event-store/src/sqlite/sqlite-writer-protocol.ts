import {
  type AppendOptions,
  type AppendResult,
  CommandAlreadyRecordedError,
  CommandIdReusedError,
  type ExpectedRevision,
  type NewEvent,
  type StreamAppend,
  StorageFullError,
  WrongExpectedRevisionError,
} from '../event-store.port';

/**
 * The messages between the request thread and the SQLite writer thread. Event data crosses as
 * the JSON text the store will hold: a structured clone would drop what JSON keeps (a value's
 * toJSON) and keep what JSON drops, so sending the text is what makes the thread write exactly
 * what the inline writer would.
 */
export interface WireEvent {
  type: string;
  schemaVersion: number;
  data: string;
}

export interface WireAppend {
  streamId: string;
  events: WireEvent[];
  options: AppendOptions;
}

export type WriterRequest =
  | { id: number; kind: 'append'; append: WireAppend }
  | { id: number; kind: 'appendAll'; appends: WireAppend[] }
  | { kind: 'close' };

/** A typed store error as plain data, rebuilt as the same class on the request thread. */
export interface WireError {
  name: string;
  message: string;
  code?: string;
  streamId?: string;
  expected?: ExpectedRevision;
  actual?: number | 'no_stream';
  commandId?: string;
}

export type WriterReply =
  | { kind: 'ready'; synchronous: number }
  | { kind: 'done'; id: number; result: AppendResult | AppendResult[] }
  | { kind: 'failed'; id: number; error: WireError };

export function toWireAppend(streamId: string, events: NewEvent[], options: AppendOptions): WireAppend {
  return { streamId, events: events.map(({ type, schemaVersion, data }) => ({ type, schemaVersion, data: JSON.stringify(data) })), options };
}

export function fromWireAppend({ streamId, events, options }: WireAppend): StreamAppend {
  return { streamId, events: events.map(({ type, schemaVersion, data }) => ({ type, schemaVersion, data: JSON.parse(data) as unknown })), options };
}

export function toWireError(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { name, message } = error;
  const fields = error as Partial<WireError>;
  const code = typeof fields.code === 'string' ? fields.code : undefined;
  if (error instanceof WrongExpectedRevisionError) return { name, message, streamId: error.streamId, expected: error.expected, actual: error.actual };
  if (error instanceof CommandIdReusedError) return { name, message, commandId: error.commandId, streamId: error.streamId };
  if (error instanceof CommandAlreadyRecordedError) return { name, message, commandId: error.commandId };
  return code === undefined ? { name, message } : { name, message, code };
}

/** The error the inline writer would have thrown: the same class and fields, or an Error with the same name, message and code. */
export function fromWireError(wire: WireError): Error {
  switch (wire.name) {
    case 'WrongExpectedRevisionError':
      return new WrongExpectedRevisionError(wire.streamId!, wire.expected!, wire.actual!);
    case 'CommandIdReusedError':
      return new CommandIdReusedError(wire.commandId!, wire.streamId!);
    case 'CommandAlreadyRecordedError':
      return new CommandAlreadyRecordedError(wire.commandId!);
    case 'StorageFullError':
      return new StorageFullError();
  }
  const error = Object.assign(new Error(wire.message), wire.code === undefined ? {} : { code: wire.code });
  error.name = wire.name;
  return error;
}
