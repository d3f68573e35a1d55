import type * as z from 'zod/mini';

/**
 * Builds one contract record for a test, with named traits: `alertFactory.build()`,
 * `alertFactory.trait('escalated').build({ riskScore: 91 })`. Every record is parsed with the
 * contract's schema before it is returned, so a factory can never hand a test something the API
 * would not send. Each build draws the next number of the factory's sequence, so ids differ.
 */

export interface Factory<T, K extends string> {
  /** One record: the defaults, then the chosen traits in order, then `overrides`. Throws if the result breaks the contract. */
  build(overrides?: Partial<T>): T;
  /** `count` records, each with its own id. */
  buildList(count: number, overrides?: Partial<T>): T[];
  /** A factory that applies these traits (after any chosen before) to every record it builds. */
  trait(...names: K[]): Factory<T, K>;
}

export interface FactoryDefinition<T> {
  /** The contract schema every built record must pass. */
  schema: z.ZodMiniType<T>;
  /** The default record for the `sequence`-th build (1, 2, 3…). */
  defaults: (sequence: number) => T;
}

/** Named variations: each takes the record built so far and returns the changed record. */
export type Traits<T, K extends string> = Record<K, (record: T) => T>;

/**
 * Defines a factory: `defineFactory({ schema, defaults }).withTraits({ resolved: (a) => ({…}) })`
 * (the traits come second so that their records are typed by the schema).
 */
export function defineFactory<T>(definition: FactoryDefinition<T>): {
  withTraits<K extends string>(traits: Traits<T, K>): Factory<T, K>;
} {
  return {
    withTraits<K extends string>(traits: Traits<T, K>): Factory<T, K> {
      let sequence = 0;
      const make = (chosen: readonly K[]): Factory<T, K> => {
        const build = (overrides: Partial<T> = {}): T => {
          sequence += 1;
          const traited = chosen.reduce(
            (record, name) => traits[name](record),
            definition.defaults(sequence),
          );
          return definition.schema.parse({ ...traited, ...overrides });
        };
        return {
          build,
          buildList: (count, overrides) => Array.from({ length: count }, () => build(overrides)),
          trait: (...names) => make([...chosen, ...names]),
        };
      };
      return make([]);
    },
  };
}

/** `prefix_` + a short lower-case id unique to the sequence number (`alr_f0001`). */
export function factoryId(prefix: string, sequence: number): string {
  return `${prefix}_f${sequence.toString(36).padStart(4, '0')}`;
}

/** The tests' usual pinned "now" (`pinClock(factoryNow)`): 2026-11-25T09:00:00Z. */
export const factoryNow = '2026-11-25T09:00:00Z';

/** An ISO instant `hours` before `factoryNow`: the factories' times are fixed, not the wall clock's. */
export function hoursBefore(hours: number): string {
  return new Date(Date.parse(factoryNow) - hours * 3_600_000).toISOString();
}
