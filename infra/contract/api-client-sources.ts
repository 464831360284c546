import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import openapiTS, { astToString, type TransformObject } from 'openapi-typescript';
import ts from 'typescript';
import { AppModule } from '../../apps/api/src/app.module';
import { buildOpenApiDocument } from '../../apps/api/src/openapi/openapi-document';
import { findRepoRoot } from '../dev/temporal-binaries';
import { CLIENT_FILES } from './api-client-files';


const HEADER = [
  '// Generated from libs/api-client/openapi.json by `npm run api-client` (openapi-typescript).',
  '// Do not edit: change the API (its DTOs and @Operation decorators) and regenerate.',
  '',
].join('\n');

/**
 * The document as the API serves it, built without a database or Temporal: Nest's preview
 * mode registers the routes and never instantiates a provider.
 */
export async function currentDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule, { preview: true, logger: false });
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

export const documentText = (doc: OpenAPIObject) => `${JSON.stringify(doc, null, 2)}\n`;

/** A `format: binary` body is bytes (a Blob in the browser and in Node's fetch), not a string. */
function binaryAsBlob(schema: { format?: string }): TransformObject | ts.TypeNode | undefined {
  return schema.format === 'binary' ? ts.factory.createTypeReferenceNode('Blob') : undefined;
}

export async function typesText(doc: OpenAPIObject): Promise<string> {
  const ast = await openapiTS(doc as unknown as Parameters<typeof openapiTS>[0], { alphabetize: false, transform: binaryAsBlob });
  return `${HEADER}${astToString(ast)}`;
}

/** What the generator would write now, by file. */
export async function generatedClientFiles(): Promise<Record<keyof typeof CLIENT_FILES, string>> {
  const doc = await currentDocument();
  return { document: documentText(doc), types: await typesText(doc) };
}

/** Files on disk that differ from what the current document produces. */
export async function staleClientFiles(): Promise<string[]> {
  const root = findRepoRoot();
  const wanted = await generatedClientFiles();
  return (Object.keys(CLIENT_FILES) as (keyof typeof CLIENT_FILES)[]).filter((k) => {
    try {
      return readFileSync(join(root, CLIENT_FILES[k]), 'utf8') !== wanted[k];
    } catch {
      return true;
    }
  }).map((k) => CLIENT_FILES[k]);
}
