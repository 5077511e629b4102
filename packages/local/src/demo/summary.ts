import type { DemoSummary } from './load';

/** What `pnpm demo` and `pnpm start --demo` print when the district is loaded. */
export const printSummary = (s: DemoSummary, url: string, out: NodeJS.WritableStream): void => {
  const lines = [
    `台儿庄区 demo district, ${s.year} (scale ${s.scale}), loaded in ${(s.durationMs / 1000).toFixed(1)} s`,
    `  departments ${s.departments}; items ${s.items.created} new, ${s.items.existing} there`,
    `  targets ${s.targets.rows} (${s.targets.created} new, ${s.targets.updated} changed); inspectors ${s.inspectors.rows} (${s.inspectors.created} new)`,
    `  conflicts (回避) ${s.conflicts.created} new, ${s.conflicts.existing} there`,
    `  plans: ${s.plans.filed} filed, ${s.plans.approved} approved, ${s.plans.published} published, ${s.plans.existing} already published`,
    `  district plan: ${s.district.jointTasks} joint of ${s.district.allTasks} draws (${s.district.allTasks ? ((100 * s.district.jointTasks) / s.district.allTasks).toFixed(1) : '0'} %)${s.district.approved ? ', approved now' : ''}`,
    `  tasks ${s.tasks.ids.length} run (${s.tasks.created} new)${s.tasks.failed.length ? `, failed: ${s.tasks.failed.join('; ')}` : ''}`,
    `  results ${s.results.created} recorded now: ${Object.entries(s.results.byWording)
      .map(([w, n]) => `${w} ${n}`)
      .join(', ')}`,
    `  publications ${s.publications}; handoffs ${s.handoffs.created} new, acknowledged ${s.acknowledgements.created}`,
    s.createdTotal === 0 ? '  nothing new: the district was already loaded' : '',
    `public page: ${url}/`,
    `published plans: ${url}/plans/${s.year}   results: ${url}/results`,
    '',
  ].filter((l) => l !== '');
  out.write(`${lines.join('\n')}\n`);
};
