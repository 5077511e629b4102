import type { DrawResult } from '@double-random/draw';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { CodeSchema } from '../codes';
import { ValidationError } from '../errors';
import { textSchema } from '../text';
import type { FrozenBundle } from './freeze';

/**
 * Substitution (换人) of a drawn inspector who cannot go (illness, leave, a recusal decided
 * after the draw). 双随机 leaves nobody to choose a replacement, so the substitute is drawn
 * from the draw's own published data by the rules of dr-draw/1 §5, and anyone re-runs it:
 *
 * - eligible: members of the draw's frozen roster holding its qualification, without a
 *   declared conflict on the target, not of the target's unit when `crossUnit` is on and the
 *   unit is known, below the `cap` (when > 0) counting the teams of selected targets they
 *   were drawn into, not on the team, and not substituted out of it before;
 * - among those with the lowest load (teams of selected targets in the draw), the one with
 *   the smallest SHA-256 of `dr-substitute/1\n<seed>\n<drawId>\n<target>\n<out>\n<candidate>`
 *   (lowercase hex compared as text) is drawn; `seed` is the draw result's published seed;
 * - several substitutions on one team are applied in the order given, each on the team as
 *   the previous ones left it.
 *
 * Source: 台政发〔2019〕12号 二(五) "随机匹配执法检查人员"; 《行政处罚法》(2021) 第42条 (≥ 2
 * enforcement officers); docs/substitution.md.
 */
export const SubstitutionInputSchema = z.object({
  out: CodeSchema.meta({ description: 'the drawn inspector who cannot go' }),
  reason: textSchema(500).meta({
    description: 'why (e.g. 病假; 回避 decided after the draw); published',
  }),
});
export type SubstitutionInput = z.infer<typeof SubstitutionInputSchema>;

export const SubstitutionSchema = SubstitutionInputSchema.extend({
  in: CodeSchema.meta({ description: 'the substitute, drawn by dr-substitute/1' }),
});
export type Substitution = z.infer<typeof SubstitutionSchema>;

export const substitutionKey = (
  seed: string,
  drawId: string,
  target: string,
  out: string,
  candidate: string,
): string =>
  bytesToHex(
    sha256(utf8ToBytes(`dr-substitute/1\n${seed}\n${drawId}\n${target}\n${out}\n${candidate}`)),
  );

const refuse = (field: string, message: string, rule: string, value: unknown) =>
  new ValidationError('RESULT.SUBSTITUTION_INVALID', message, { field, rule, value });

/** The team that went: the drawn team with each substitution drawn in turn. */
export const substituteTeam = (
  bundle: Pick<FrozenBundle, 'drawId' | 'params' | 'pool' | 'roster'>,
  draw: Pick<DrawResult, 'seed' | 'assignments'>,
  target: string,
  drawn: readonly string[],
  requests: readonly SubstitutionInput[],
): { team: string[]; substitutions: Substitution[] } => {
  const team = [...drawn];
  const gone = new Set<string>();
  const substitutions: Substitution[] = [];
  const unit = bundle.pool.find((p) => p.id === target)?.unit ?? '';
  const load = new Map<string, number>();
  for (const a of draw.assignments) for (const m of a.members) load.set(m, (load.get(m) ?? 0) + 1);
  requests.forEach((req, i) => {
    const at = team.indexOf(req.out);
    if (at < 0)
      throw refuse(
        `substitutions.${i}.out`,
        `substitutions.${i}.out: ${req.out} is not on the team drawn for ${target} (${team.join(', ')})`,
        'only a drawn member is substituted',
        req.out,
      );
    gone.add(req.out);
    const eligible = bundle.roster.filter(
      (m) =>
        m.qualifications.includes(bundle.params.qualification) &&
        !m.conflicts.includes(target) &&
        !(bundle.params.crossUnit && unit !== '' && m.unit === unit) &&
        !(bundle.params.cap > 0 && (load.get(m.id) ?? 0) >= bundle.params.cap) &&
        !team.includes(m.id) &&
        !gone.has(m.id),
    );
    if (eligible.length === 0)
      throw refuse(
        `substitutions.${i}`,
        `substitutions.${i}: nobody on the roster of ${bundle.drawId} may replace ${req.out} on ${target}; the team stays as drawn`,
        'substitutes come from the draw’s roster by its rules (dr-substitute/1)',
        req.out,
      );
    const lowest = Math.min(...eligible.map((m) => load.get(m.id) ?? 0));
    const [chosen] = eligible
      .filter((m) => (load.get(m.id) ?? 0) === lowest)
      .map((m) => ({
        id: m.id,
        key: substitutionKey(draw.seed, bundle.drawId, target, req.out, m.id),
      }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    team[at] = chosen!.id;
    substitutions.push({ out: req.out, reason: req.reason, in: chosen!.id });
  });
  return { team, substitutions };
};

/** Refuses a recorded team that is not the team that was drawn (and substituted). */
export const assertTeamIsDrawn = (recorded: readonly string[], expected: readonly string[]) => {
  const a = [...new Set(recorded)].sort();
  const b = [...expected].sort();
  if (a.length !== recorded.length || JSON.stringify(a) !== JSON.stringify(b))
    throw new ValidationError(
      'RESULT.TEAM_NOT_DRAWN',
      `team: ${recorded.join(', ')} is not the team drawn for this target (${expected.join(', ')}); a member who cannot go is substituted by the draw's rules, never chosen`,
      {
        field: 'team',
        rule: '随机匹配执法检查人员 (台政发〔2019〕12号 二(五)): the team is the drawn team',
        value: recorded,
        expected,
      },
    );
};
