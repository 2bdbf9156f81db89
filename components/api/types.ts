// Response types of our routes as the browser receives them, taken from the services the routes return.

/** What JSON makes of a server type (dates become strings): the shape of an API response in the browser. */
export type Jsonified<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;

/** The JSON body of a route that answers with `await service(...)`. */
export type ApiResult<F extends (...args: never[]) => unknown> = Jsonified<Awaited<ReturnType<F>>>;
