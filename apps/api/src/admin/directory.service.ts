import { Injectable } from '@nestjs/common';
import { Actor, DomainError, hasRole } from '#ktf/domain';
import { CouncilRecord, DirectoryAdminRepository, UserRecord } from '#ktf/persistence';
import { adminActor } from './admin-only.guard';
import { CouncilMembersDto, CreateCouncilDto, CreateUnitDto, CreateUserDto, UserListQuery } from './directory.dto';

const ruleFailed = (field: string, message: string) => new DomainError('rule_failed', message, { field });

/** Units, users and councils. No deletes: history refers to them (members are deactivated instead). */
@Injectable()
export class DirectoryService {
  constructor(private readonly directory: DirectoryAdminRepository) {}

  units() {
    return this.directory.units();
  }

  async createUnit(actor: Actor, dto: CreateUnitDto) {
    if (dto.parentId && !(await this.directory.unit(dto.parentId))) throw ruleFailed('parentId', `unit ${dto.parentId} does not exist`);
    const created = await this.directory.insertUnit(
      { code: dto.code, name: dto.name.normalize('NFC').trim(), kind: dto.kind, parentId: dto.parentId ?? null },
      adminActor(actor),
    );
    if (created === 'code_taken') throw ruleFailed('code', `a unit with code ${dto.code} already exists`);
    return created;
  }

  async users(actor: Actor, q: UserListQuery) {
    return (await this.directory.users(q)).map((u) => this.presentUser(actor, u));
  }

  async createUser(actor: Actor, dto: CreateUserDto) {
    if (!(await this.directory.unit(dto.unitId))) throw ruleFailed('unitId', `unit ${dto.unitId} does not exist`);
    // A signer signs for one authority (the decision numbers' series); nobody else has one.
    const signs = dto.roles.includes('signer');
    if (signs && !dto.signerAuthority) throw ruleFailed('signerAuthority', 'a signer needs signerAuthority (e.g. UBND, or the unit code for a unit head)');
    if (!signs && dto.signerAuthority) throw ruleFailed('signerAuthority', 'signerAuthority is only for users with the signer role');
    const created = await this.directory.insertUser(
      {
        username: dto.username,
        fullName: dto.fullName.normalize('NFC').trim(),
        unitId: dto.unitId,
        roles: dto.roles,
        email: dto.email ?? null,
        signerAuthority: dto.signerAuthority ?? null,
      },
      adminActor(actor),
    );
    if (created === 'username_taken') throw ruleFailed('username', `username ${dto.username} is taken`);
    return this.presentUser(actor, created);
  }

  async councils() {
    const councils = await this.directory.councils();
    return this.withMembers(councils);
  }

  async council(id: string) {
    const found = await this.directory.council(id);
    if (!found) throw new DomainError('not_found', `council ${id} does not exist`);
    return (await this.withMembers([found]))[0];
  }

  async createCouncil(actor: Actor, dto: CreateCouncilDto) {
    if (dto.unitId && !(await this.directory.unit(dto.unitId))) throw ruleFailed('unitId', `unit ${dto.unitId} does not exist`);
    const created = await this.directory.insertCouncil(
      { code: dto.code, name: dto.name.normalize('NFC').trim(), level: dto.level, unitId: dto.unitId ?? null },
      adminActor(actor),
    );
    if (created === 'code_taken') throw ruleFailed('code', `a council with code ${dto.code} already exists`);
    if (created === 'scope_taken') {
      throw ruleFailed('level', dto.level === 'province' ? 'the provincial council already exists' : `unit ${dto.unitId} already has a council`);
    }
    return (await this.withMembers([created]))[0];
  }

  /** Replaces the active members. Council stages already open keep the members they pinned. */
  async replaceMembers(actor: Actor, id: string, dto: CouncilMembersDto) {
    if (!(await this.directory.council(id))) throw new DomainError('not_found', `council ${id} does not exist`);
    const users = new Map((await this.directory.usersByIds(dto.memberIds)).map((u) => [u.id, u]));
    const unknown = dto.memberIds.filter((m) => !users.has(m));
    if (unknown.length) throw ruleFailed('memberIds', `no such users: ${unknown.join(', ')}`);
    const notMembers = dto.memberIds.filter((m) => !users.get(m)?.roles.includes('council_member'));
    if (notMembers.length) {
      const names = notMembers.map((m) => users.get(m)?.username).join(', ');
      throw ruleFailed('memberIds', `only users with the council_member role can sit on a council: ${names}`);
    }
    const updated = await this.directory.replaceCouncilMembers(id, dto.memberIds, adminActor(actor));
    if (!updated) throw new DomainError('not_found', `council ${id} does not exist`);
    return (await this.withMembers([updated]))[0];
  }

  /** Contact addresses are personal data: only admins see them. */
  private presentUser(actor: Actor, u: UserRecord) {
    return hasRole(actor, 'admin') ? u : { ...u, email: undefined };
  }

  private async withMembers(councils: CouncilRecord[]) {
    const users = new Map((await this.directory.usersByIds([...new Set(councils.flatMap((c) => c.memberIds))])).map((u) => [u.id, u]));
    return councils.map((c) => ({
      ...c,
      members: c.memberIds.map((id) => ({ id, username: users.get(id)?.username ?? null, fullName: users.get(id)?.fullName ?? null })),
    }));
  }
}
