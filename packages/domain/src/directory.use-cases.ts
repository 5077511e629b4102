import { type Actor, assertCanReadDepartment, assertCanWriteDepartment } from './actor';
import type { DepartmentCode } from './codes';
import { ForbiddenError } from './errors';
import {
  deactivateInspector as deactivateInspectorRule,
  declareConflict as declareConflictRule,
  newInspector,
  updateInspector as updateInspectorRule,
} from './inspector';
import type {
  ConflictDeclareInput,
  Inspector,
  InspectorCreateInput,
  InspectorUpdateInput,
} from './inspector.schema';
import {
  deactivateItem as deactivateItemRule,
  newItem,
  updateItem as updateItemRule,
} from './item';
import type { Item, ItemCreateInput, ItemUpdateInput } from './item.schema';
import type {
  Clock,
  InspectorFilter,
  InspectorRepository,
  ItemFilter,
  ItemRepository,
  Page,
  PageRequest,
  TargetFilter,
  TargetRepository,
} from './ports';
import {
  deactivateTarget as deactivateTargetRule,
  newTarget,
  updateTarget as updateTargetRule,
} from './target';
import type {
  Target,
  TargetCreateInput,
  TargetDeactivateInput,
  TargetUpdateInput,
} from './target.schema';
import { assertVersion, contextOf, found, pageOf } from './use-case-support';

interface Write {
  actor: Actor;
  department: DepartmentCode;
}
interface Change extends Write {
  id: string;
  expectedVersion: number;
  reason?: string;
}
interface Read {
  actor: Actor;
  department: DepartmentCode;
}
interface ListQuery<F> extends Read {
  filter?: F;
  page?: Partial<PageRequest>;
}

// Targets (检查对象名录库)

export type TargetDeps = { targets: TargetRepository; clock: Clock };

const loadTarget = async (deps: Pick<TargetDeps, 'targets'>, department: string, id: string) =>
  found(await deps.targets.get(department, id), 'TARGET.NOT_FOUND', `target ${department}/${id}`);

export const targetUseCases = {
  async create(deps: TargetDeps, cmd: Write & { input: TargetCreateInput }): Promise<Target> {
    assertCanWriteDepartment(cmd.actor, cmd.department);
    const { target } = newTarget(
      { ...cmd.input, department: cmd.department },
      contextOf(cmd.actor, deps.clock),
    );
    await deps.targets.create(target);
    return target;
  },

  async update(deps: TargetDeps, cmd: Change & { patch: TargetUpdateInput }): Promise<Target> {
    assertCanWriteDepartment(cmd.actor, cmd.department);
    const current = await loadTarget(deps, cmd.department, cmd.id);
    assertVersion(current, cmd.expectedVersion, 'TARGET.STALE', `target ${current.id}`);
    const { target } = updateTargetRule(
      current,
      cmd.patch,
      contextOf(cmd.actor, deps.clock),
      cmd.reason,
    );
    await deps.targets.update(target, cmd.expectedVersion);
    return target;
  },

  async deactivate(
    deps: TargetDeps,
    cmd: Change & { input: TargetDeactivateInput },
  ): Promise<Target> {
    assertCanWriteDepartment(cmd.actor, cmd.department);
    const current = await loadTarget(deps, cmd.department, cmd.id);
    assertVersion(current, cmd.expectedVersion, 'TARGET.STALE', `target ${current.id}`);
    const { target } = deactivateTargetRule(current, cmd.input, contextOf(cmd.actor, deps.clock));
    await deps.targets.update(target, cmd.expectedVersion);
    return target;
  },

  async get(deps: Pick<TargetDeps, 'targets'>, q: Read & { id: string }): Promise<Target> {
    assertCanReadDepartment(q.actor, q.department);
    return loadTarget(deps, q.department, q.id);
  },

  async list(deps: Pick<TargetDeps, 'targets'>, q: ListQuery<TargetFilter>): Promise<Page<Target>> {
    assertCanReadDepartment(q.actor, q.department);
    return deps.targets.list(q.department, q.filter ?? {}, pageOf(q.page));
  },
};

// Inspectors (执法检查人员名录库)

export type InspectorDeps = { inspectors: InspectorRepository; clock: Clock };

const loadInspector = async (
  deps: Pick<InspectorDeps, 'inspectors'>,
  department: string,
  id: string,
) =>
  found(
    await deps.inspectors.get(department, id),
    'INSPECTOR.NOT_FOUND',
    `inspector ${department}/${id}`,
  );

export const inspectorUseCases = {
  async create(
    deps: InspectorDeps,
    cmd: Write & { input: InspectorCreateInput },
  ): Promise<Inspector> {
    assertCanWriteDepartment(cmd.actor, cmd.department);
    const { inspector } = newInspector(
      { ...cmd.input, department: cmd.department },
      contextOf(cmd.actor, deps.clock),
    );
    await deps.inspectors.create(inspector);
    return inspector;
  },

  async update(
    deps: InspectorDeps,
    cmd: Change & { patch: InspectorUpdateInput },
  ): Promise<Inspector> {
    assertCanWriteDepartment(cmd.actor, cmd.department);
    const current = await loadInspector(deps, cmd.department, cmd.id);
    assertVersion(current, cmd.expectedVersion, 'INSPECTOR.STALE', `inspector ${current.id}`);
    const { inspector } = updateInspectorRule(
      current,
      cmd.patch,
      contextOf(cmd.actor, deps.clock),
      cmd.reason,
    );
    await deps.inspectors.update(inspector, cmd.expectedVersion);
    return inspector;
  },

  async deactivate(
    deps: InspectorDeps,
    cmd: Change & { input: TargetDeactivateInput },
  ): Promise<Inspector> {
    assertCanWriteDepartment(cmd.actor, cmd.department);
    const current = await loadInspector(deps, cmd.department, cmd.id);
    assertVersion(current, cmd.expectedVersion, 'INSPECTOR.STALE', `inspector ${current.id}`);
    const { inspector } = deactivateInspectorRule(
      current,
      cmd.input,
      contextOf(cmd.actor, deps.clock),
    );
    await deps.inspectors.update(inspector, cmd.expectedVersion);
    return inspector;
  },

  /**
   * Recusal: the department records a conflict (its own finding, or one an enterprise
   * raised); an inspector declares their own — the token's `sub` is the inspector id.
   */
  async declareConflict(
    deps: InspectorDeps,
    cmd: Change & { input: ConflictDeclareInput },
  ): Promise<Inspector> {
    const self = cmd.actor.roles.includes('inspector') && cmd.actor.sub === cmd.id;
    if (!self) assertCanWriteDepartment(cmd.actor, cmd.department);
    else if (cmd.input.declaredBy !== 'inspector')
      throw new ForbiddenError(
        'AUTH.NOT_DEPARTMENT',
        `inspector ${cmd.id} declares own conflicts; a conflict raised by an enterprise is recorded by department ${cmd.department}`,
        {
          field: 'declaredBy',
          rule: 'enterprise conflicts are recorded by the department',
          value: cmd.input.declaredBy,
        },
      );
    const current = await loadInspector(deps, cmd.department, cmd.id);
    assertVersion(current, cmd.expectedVersion, 'INSPECTOR.STALE', `inspector ${current.id}`);
    const { inspector } = declareConflictRule(current, cmd.input, contextOf(cmd.actor, deps.clock));
    await deps.inspectors.update(inspector, cmd.expectedVersion);
    return inspector;
  },

  async get(deps: Pick<InspectorDeps, 'inspectors'>, q: Read & { id: string }): Promise<Inspector> {
    const self = q.actor.roles.includes('inspector') && q.actor.sub === q.id;
    if (!self) assertCanReadDepartment(q.actor, q.department);
    return loadInspector(deps, q.department, q.id);
  },

  async list(
    deps: Pick<InspectorDeps, 'inspectors'>,
    q: ListQuery<InspectorFilter>,
  ): Promise<Page<Inspector>> {
    assertCanReadDepartment(q.actor, q.department);
    return deps.inspectors.list(q.department, q.filter ?? {}, pageOf(q.page));
  },
};

// Inspection items (随机抽查事项清单): public lists, so reads need no actor.

export type ItemDeps = { items: ItemRepository; clock: Clock };

const loadItem = async (deps: Pick<ItemDeps, 'items'>, department: string, code: string) =>
  found(await deps.items.get(department, code), 'ITEM.NOT_FOUND', `item ${department}/${code}`);

export const itemUseCases = {
  async create(deps: ItemDeps, cmd: Write & { input: ItemCreateInput }): Promise<Item> {
    assertCanWriteDepartment(cmd.actor, cmd.department);
    const { item } = newItem(
      { ...cmd.input, department: cmd.department },
      contextOf(cmd.actor, deps.clock),
    );
    await deps.items.create(item);
    return item;
  },

  async update(deps: ItemDeps, cmd: Change & { patch: ItemUpdateInput }): Promise<Item> {
    assertCanWriteDepartment(cmd.actor, cmd.department);
    const current = await loadItem(deps, cmd.department, cmd.id);
    assertVersion(current, cmd.expectedVersion, 'ITEM.STALE', `item ${current.code}`);
    const { item } = updateItemRule(
      current,
      cmd.patch,
      contextOf(cmd.actor, deps.clock),
      cmd.reason,
    );
    await deps.items.update(item, cmd.expectedVersion);
    return item;
  },

  async deactivate(deps: ItemDeps, cmd: Change & { input: TargetDeactivateInput }): Promise<Item> {
    assertCanWriteDepartment(cmd.actor, cmd.department);
    const current = await loadItem(deps, cmd.department, cmd.id);
    assertVersion(current, cmd.expectedVersion, 'ITEM.STALE', `item ${current.code}`);
    const { item } = deactivateItemRule(current, cmd.input, contextOf(cmd.actor, deps.clock));
    await deps.items.update(item, cmd.expectedVersion);
    return item;
  },

  async get(
    deps: Pick<ItemDeps, 'items'>,
    q: { department: DepartmentCode; code: string },
  ): Promise<Item> {
    return loadItem(deps, q.department, q.code);
  },

  async list(
    deps: Pick<ItemDeps, 'items'>,
    q: { department: DepartmentCode; filter?: ItemFilter; page?: Partial<PageRequest> },
  ): Promise<Page<Item>> {
    return deps.items.list(q.department, q.filter ?? {}, pageOf(q.page));
  },
};
