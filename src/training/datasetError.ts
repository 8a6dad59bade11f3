/** Why the digits asset could not be used: missing, truncated, corrupted or of an unknown format. */
export class DatasetError extends Error {
  /** The asset's address or file name, so the message says where. */
  readonly source: string;

  constructor(source: string, message: string) {
    super(`${source}: ${message}`);
    this.name = 'DatasetError';
    this.source = source;
  }
}
