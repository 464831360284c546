// class-transformer ships its storage without typings at this path; only the lookup is used.
declare module 'class-transformer/cjs/storage' {
  type AnyClass = abstract new (...args: never[]) => unknown;
  export const defaultMetadataStorage: {
    findTypeMetadata(target: AnyClass, propertyName: string): { typeFunction: (options?: unknown) => AnyClass } | undefined;
  };
}
