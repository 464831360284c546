import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_AWARD_CATALOG, DEFAULT_PIPELINES } from '#ktf/domain';
import { SEED_UNITS, SEED_USERS, unitId, userId } from '#ktf/persistence';

/**
 * Values that exist in the seeded stack, offered to schemathesis beside the ones it makes up:
 * without them nearly every generated award code or unit id is unknown (a correct 422), and
 * the sequences that create nominations, vote and sign would seldom start.
 */
function dictionaries(campaignIds: string[]): Record<string, (string | number)[]> {
  const members = SEED_USERS.filter((u) => u.roles.includes('council_member'));
  return {
    'campaign-ids': campaignIds,
    'award-codes': DEFAULT_AWARD_CATALOG.map((a) => a.code),
    'pipeline-codes': DEFAULT_PIPELINES.map((p) => p.code),
    'unit-ids': SEED_UNITS.map((u) => unitId(u.code)),
    'member-ids': members.map((u) => userId(u.username)),
  };
}

/**
 * Which request fields draw from which dictionary, and how often (the rest is generated).
 * Single values only: items of arrays are unique (uniqueItems), which a substitution could break.
 */
const BINDINGS: Record<string, [dictionary: string, probability: number]> = {
  'body.awardCode': ['award-codes', 0.8],
  'query.awardCode': ['award-codes', 0.3],
  'body.pipelineCode': ['pipeline-codes', 0.8],
  'body.unitId': ['unit-ids', 0.6],
  'body.parentId': ['unit-ids', 0.6],
  'query.unitId': ['unit-ids', 0.3],
  'body.memberId': ['member-ids', 0.8],
  'body.campaignId': ['campaign-ids', 0.9],
  'query.campaignId': ['campaign-ids', 0.3],
};

const toml = (value: unknown) => JSON.stringify(value);

/**
 * The static settings (test/contract/schemathesis.toml) plus the seeded values and the
 * campaigns opened for the run, written to `dir`.
 */
export function writeContractConfig(root: string, dir: string, campaignIds: string[]): string {
  const lines = [
    readFileSync(join(root, 'test', 'contract', 'schemathesis.toml'), 'utf8'),
    '# Written by test/contract/support/contract-config.ts',
    '[cache]',
    `directory = ${toml(join(dir, 'cache'))}`,
    '',
  ];
  for (const [name, values] of Object.entries(dictionaries(campaignIds))) lines.push(`[dictionaries.${toml(name)}]`, `values = ${toml(values)}`, '');
  for (const [key, [dictionary, probability]] of Object.entries(BINDINGS)) lines.push(`[parameters.${toml(key)}]`, `dictionary = ${toml(dictionary)}`, `probability = ${probability}`, '');
  const file = join(dir, 'schemathesis.toml');
  writeFileSync(file, lines.join('\n'));
  return file;
}
