import type { QuestionModel } from '../core/search/classifier.js';
import type { Conversation, KnowledgeEntry, RoutePhase, RouteStep, Text, TrainingChapterEntry } from '../core/config/schema/index.js';

/**
 * National content that only one widget needs (the chat's knowledge base and conversations,
 * the stap-tracker's route, the training) is registered by that widget's entry module, so a page that loads
 * only the hulpzoeker does not download the route or the knowledge base.
 */
export interface WidgetContent {
  knowledgeBase?: KnowledgeEntry[];
  /** The chat's question classifier, trained on the national knowledge base. */
  questionModel?: QuestionModel;
  conversations?: Conversation[];
  routePhases?: RoutePhase[];
  routeSteps?: RouteStep[];
  /** The national training of `<digiplein-training>`: its outline, then its whole chapters once they loaded. */
  training?: { title: Text; intro: Text; chapters: TrainingChapterEntry[] };
}

const registered: WidgetContent = {};
let version = 0;

export function registerNationalContent(part: WidgetContent): void {
  Object.assign(registered, part);
  version++;
}

export function registeredContent(): Readonly<WidgetContent> {
  return registered;
}

/** Changes whenever content is registered, so derived data can be recomputed. */
export function registryVersion(): number {
  return version;
}
