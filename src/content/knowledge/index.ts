import type { KnowledgeEntry } from '../../core/config/schema/index.js';
import { alimonyKnowledge } from './alimony.js';
import { careKnowledge } from './care.js';
import { childrenKnowledge } from './children.js';
import { homeMoneyKnowledge } from './home-money.js';
import { parentingKnowledge } from './parenting.js';
import { procedureKnowledge } from './procedure.js';

/**
 * The national knowledge base the chat answers from, one file per group of topics. Only facts
 * from checked public sources (each entry keeps its `source` URLs; see ../shared/CONTENT-FACTS.md
 * and docs/knowledge-base.md), phrased as information, not advice; legal and money topics end
 * with where to get advice. A gemeente can replace an entry by id, add its own, or hide one.
 */
export const nationalKnowledge: KnowledgeEntry[] = [
  ...childrenKnowledge,
  ...parentingKnowledge,
  ...careKnowledge,
  ...alimonyKnowledge,
  ...homeMoneyKnowledge,
  ...procedureKnowledge,
];
