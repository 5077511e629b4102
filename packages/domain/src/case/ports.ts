import type { Page, PageRequest } from '../ports';
import type { PublishedResultEntry } from '../workflow/ports';
import type { Case } from './case';

/** Case inspections (个案处理), kept by `packages/store`. */
export interface CaseRepository {
  /** writes once; the same case again (a retry) is success, another under its id CASE.EXISTS */
  create(c: Case): Promise<void>;
  get(id: string): Promise<Case | undefined>;
  /** a department's cases received in a year, by date received */
  listByDepartment(department: string, year: number, page: PageRequest): Promise<Page<Case>>;
  /**
   * Stamps the publication and writes the public record into the published-results index
   * (beside the draws' results) and the year's list of published cases; the first stands.
   */
  publish(id: string, entry: PublishedResultEntry): Promise<void>;
  /** the published cases of a year, newest first, as the public sees them */
  listPublished(year: number, page: PageRequest): Promise<Page<PublishedResultEntry>>;
}
