import { type Actor, assertCanReadDepartment, assertCanWriteDepartment } from './actor';
import type { DepartmentCode } from './codes';
import { type DirectoryChange, type DirectoryWrite, directoryCourse } from './directory-course';
import { ForbiddenError } from './errors';
import {
  deactivateInspector as deactivateInspectorRule,
  decideConflict as decideConflictRule,
  declareConflict as declareConflictRule,
  newInspector,
  updateInspector as updateInspectorRule,
} from './inspector';
import type {
  ConflictDeclareInput,
  Inspector,
  InspectorCreateInput,
  InspectorUpdateInput,
  RecusalDecision,
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

type Write = DirectoryWrite;
type Change = DirectoryChange;
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

const targets = directoryCourse<
  Target,
  TargetFilter,
  TargetCreateInput,
  TargetUpdateInput,
  Pick<TargetDeps, 'targets'>
>({
  code: 'TARGET',
  noun: 'target',
  repository: (deps) => deps.targets,
  keyOf: (t) => t.id,
  create: (input, ctx) => newTarget(input, ctx).target,
  update: (current, patch, ctx, reason) => updateTargetRule(current, patch, ctx, reason).target,
  deactivate: (current, input, ctx) => deactivateTargetRule(current, input, ctx).target,
});

export const targetUseCases = {
  async create(deps: TargetDeps, cmd: Write & { input: TargetCreateInput }): Promise<Target> {
    return targets.create(deps, cmd);
  },

  async update(deps: TargetDeps, cmd: Change & { patch: TargetUpdateInput }): Promise<Target> {
    return targets.update(deps, cmd);
  },

  async deactivate(
    deps: TargetDeps,
    cmd: Change & { input: TargetDeactivateInput },
  ): Promise<Target> {
    return targets.deactivate(deps, cmd);
  },

  async get(deps: Pick<TargetDeps, 'targets'>, q: Read & { id: string }): Promise<Target> {
    assertCanReadDepartment(q.actor, q.department);
    return targets.load(deps, q.department, q.id);
  },

  async list(deps: Pick<TargetDeps, 'targets'>, q: ListQuery<TargetFilter>): Promise<Page<Target>> {
    assertCanReadDepartment(q.actor, q.department);
    return targets.list(deps, q.department, q.filter ?? {}, q.page);
  },
};

// Inspectors (执法检查人员名录库)

export type InspectorDeps = { inspectors: InspectorRepository; clock: Clock };

const inspectors = directoryCourse<
  Inspector,
  InspectorFilter,
  InspectorCreateInput,
  InspectorUpdateInput,
  Pick<InspectorDeps, 'inspectors'>
>({
  code: 'INSPECTOR',
  noun: 'inspector',
  repository: (deps) => deps.inspectors,
  keyOf: (i) => i.id,
  create: (input, ctx) => newInspector(input, ctx).inspector,
  update: (current, patch, ctx, reason) =>
    updateInspectorRule(current, patch, ctx, reason).inspector,
  deactivate: (current, input, ctx) => deactivateInspectorRule(current, input, ctx).inspector,
});

export const inspectorUseCases = {
  async create(
    deps: InspectorDeps,
    cmd: Write & { input: InspectorCreateInput },
  ): Promise<Inspector> {
    return inspectors.create(deps, cmd);
  },

  async update(
    deps: InspectorDeps,
    cmd: Change & { patch: InspectorUpdateInput },
  ): Promise<Inspector> {
    return inspectors.update(deps, cmd);
  },

  async deactivate(
    deps: InspectorDeps,
    cmd: Change & { input: TargetDeactivateInput },
  ): Promise<Inspector> {
    return inspectors.deactivate(deps, cmd);
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
    return inspectors.applyChange(
      deps,
      cmd,
      (current, ctx) => declareConflictRule(current, cmd.input, ctx).inspector,
    );
  },

  /** The department records the responsible official's decision on a requested recusal. */
  async decideConflict(
    deps: InspectorDeps,
    cmd: Change & { targetId: string; input: RecusalDecision },
  ): Promise<Inspector> {
    assertCanWriteDepartment(cmd.actor, cmd.department);
    return inspectors.applyChange(
      deps,
      cmd,
      (current, ctx) => decideConflictRule(current, cmd.targetId, cmd.input, ctx).inspector,
    );
  },

  async get(deps: Pick<InspectorDeps, 'inspectors'>, q: Read & { id: string }): Promise<Inspector> {
    const self = q.actor.roles.includes('inspector') && q.actor.sub === q.id;
    if (!self) assertCanReadDepartment(q.actor, q.department);
    return inspectors.load(deps, q.department, q.id);
  },

  async list(
    deps: Pick<InspectorDeps, 'inspectors'>,
    q: ListQuery<InspectorFilter>,
  ): Promise<Page<Inspector>> {
    assertCanReadDepartment(q.actor, q.department);
    return inspectors.list(deps, q.department, q.filter ?? {}, q.page);
  },
};

// Inspection items (随机抽查事项清单): public lists, so reads need no actor.

export type ItemDeps = { items: ItemRepository; clock: Clock };

const items = directoryCourse<
  Item,
  ItemFilter,
  ItemCreateInput,
  ItemUpdateInput,
  Pick<ItemDeps, 'items'>
>({
  code: 'ITEM',
  noun: 'item',
  repository: (deps) => deps.items,
  keyOf: (i) => i.code,
  create: (input, ctx) => newItem(input, ctx).item,
  update: (current, patch, ctx, reason) => updateItemRule(current, patch, ctx, reason).item,
  deactivate: (current, input, ctx) => deactivateItemRule(current, input, ctx).item,
});

export const itemUseCases = {
  async create(deps: ItemDeps, cmd: Write & { input: ItemCreateInput }): Promise<Item> {
    return items.create(deps, cmd);
  },

  async update(deps: ItemDeps, cmd: Change & { patch: ItemUpdateInput }): Promise<Item> {
    return items.update(deps, cmd);
  },

  async deactivate(deps: ItemDeps, cmd: Change & { input: TargetDeactivateInput }): Promise<Item> {
    return items.deactivate(deps, cmd);
  },

  async get(
    deps: Pick<ItemDeps, 'items'>,
    q: { department: DepartmentCode; code: string },
  ): Promise<Item> {
    return items.load(deps, q.department, q.code);
  },

  async list(
    deps: Pick<ItemDeps, 'items'>,
    q: { department: DepartmentCode; filter?: ItemFilter; page?: Partial<PageRequest> },
  ): Promise<Page<Item>> {
    return items.list(deps, q.department, q.filter ?? {}, q.page);
  },
};
