import { Injectable } from '@nestjs/common';
import { Actor, DomainError, hasRole } from '#ktf/domain';
import { CouncilRecord, DirectoryAdminRepository, UserRecord } from '#ktf/persistence';
import { adminActor } from './admin-only.guard';
import { CouncilMembersDto, CreateCouncilDto, CreateUnitDto, CreateUserDto, ReplaceUserDto, UserListQuery } from './directory.dto';

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
    await this.checkUserRules(dto);
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

  /**
   * Replaces a user whole but their username. Refused (422) when it would lock the admin out
   * (their own admin role or account), or leave a council with a member who can no longer sit.
   */
  async replaceUser(actor: Actor, id: string, dto: ReplaceUserDto) {
    const [current] = await this.directory.usersByIds([id]);
    if (!current) throw new DomainError('not_found', `user ${id} does not exist`);
    await this.checkUserRules(dto);
    if (id === actor.id && !dto.active) throw ruleFailed('active', 'an admin cannot deactivate their own account');
    if (id === actor.id && !dto.roles.includes('admin')) throw ruleFailed('roles', 'an admin cannot remove their own admin role');
    const seats = (await this.directory.councils()).filter((c) => c.memberIds.includes(id));
    if (seats.length && (!dto.active || !dto.roles.includes('council_member'))) {
      throw ruleFailed(dto.active ? 'roles' : 'active', `the user sits on ${seats.map((c) => c.code).join(', ')}: replace the council's members first`);
    }
    const updated = await this.directory.updateUser(
      id,
      {
        fullName: dto.fullName.normalize('NFC').trim(),
        unitId: dto.unitId,
        roles: dto.roles,
        email: dto.email ?? null,
        signerAuthority: dto.signerAuthority ?? null,
        active: dto.active,
      },
      adminActor(actor),
    );
    if (!updated) throw new DomainError('not_found', `user ${id} does not exist`);
    return this.presentUser(actor, updated);
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
    const inactive = dto.memberIds.filter((m) => !users.get(m)?.active);
    if (inactive.length) throw ruleFailed('memberIds', `deactivated users cannot sit on a council: ${inactive.map((m) => users.get(m)?.username).join(', ')}`);
    const notMembers = dto.memberIds.filter((m) => !users.get(m)?.roles.includes('council_member'));
    if (notMembers.length) {
      const names = notMembers.map((m) => users.get(m)?.username).join(', ');
      throw ruleFailed('memberIds', `only users with the council_member role can sit on a council: ${names}`);
    }
    const updated = await this.directory.replaceCouncilMembers(id, dto.memberIds, adminActor(actor));
    if (!updated) throw new DomainError('not_found', `council ${id} does not exist`);
    return (await this.withMembers([updated]))[0];
  }

  private async checkUserRules(dto: Pick<CreateUserDto, 'unitId' | 'roles' | 'signerAuthority'>) {
    if (!(await this.directory.unit(dto.unitId))) throw ruleFailed('unitId', `unit ${dto.unitId} does not exist`);
    // A signer signs for one authority (the decision numbers' series); nobody else has one.
    const signs = dto.roles.includes('signer');
    if (signs && !dto.signerAuthority) throw ruleFailed('signerAuthority', 'a signer needs signerAuthority (e.g. UBND, or the unit code for a unit head)');
    if (!signs && dto.signerAuthority) throw ruleFailed('signerAuthority', 'signerAuthority is only for users with the signer role');
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
