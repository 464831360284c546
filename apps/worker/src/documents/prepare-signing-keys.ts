import { Pkcs12Directory, Pkcs12DirectoryOptions } from '#ktf/documents';
import { DataSource, DecisionDocumentRepository } from '#ktf/persistence';

/**
 * At worker start-up. Production: every key file opens (a bad one stops the start, not the
 * first decision). Development: the dev CA and one PKCS#12 per signer in the database are
 * made now, not at the first decision. Returns the usernames whose key was made now.
 */
export async function prepareSigningKeys(ds: DataSource, keys: Pkcs12DirectoryOptions): Promise<string[]> {
  Pkcs12Directory.validate(keys);
  if (!keys.generate) return [];
  const signers = await new DecisionDocumentRepository(ds).signerIdentities();
  return new Pkcs12Directory(keys).prepare(signers);
}
