// swagger2openapi ships no types; only the call the contract loader uses.
declare module "swagger2openapi" {
  const converter: {
    convertObj(doc: object, options: { patch?: boolean; warnOnly?: boolean }): Promise<{ openapi: object }>;
  };
  export default converter;
}
