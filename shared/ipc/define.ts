import type { z } from 'zod';

/** A channel: the schema its input must pass, and (at type level only) what it answers. */
export interface ChannelDef<S extends z.ZodType, R> {
  input: S;
  /** Phantom: never read at run time, carries the result type. */
  readonly result?: R;
}

export function channel<R>() {
  return <S extends z.ZodType>(input: S): ChannelDef<S, R> => ({ input });
}
