/**
 * The default branch of a `switch` over a union that must handle every member: the
 * argument's type is `never` once every case is handled, so a member added to the union
 * (a deck step kind, a map layer, a language) fails the type check at each such switch
 * until it is handled there. Reached at run time only with a value from outside the types.
 */
export function assertNever(value: never, what: string): never {
  throw new Error(`unhandled ${what}: ${JSON.stringify(value)}`);
}
