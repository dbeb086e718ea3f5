/** The parts of the v1 Frictionless readers on npm (`datapackage`, `tableschema`; no types of their own) the tests use. */
declare module 'datapackage' {
  export interface ReadOptions {
    keyed?: boolean;
    cast?: boolean;
    relations?: boolean;
  }
  export class Resource {
    readonly name: string;
    readonly tabular: boolean;
    readonly descriptor: Record<string, unknown>;
    read(options?: ReadOptions): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
    getResource(name: string): Resource | null;
  }
}

declare module 'tableschema' {
  export class Table {
    static load(source: string, options?: { schema?: object }): Promise<Table>;
    read(options?: { keyed?: boolean; cast?: boolean; relations?: Record<string, unknown[]> | false }): Promise<unknown[]>;
  }
}
