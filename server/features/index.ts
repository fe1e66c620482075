import type { Feature } from './types.js';
import { routesFeature } from './routes/index.js';
import { chat } from './chat/index.js';
import { signups } from './signups/index.js';
import { followUps } from './followups/index.js';

/**
 * The server's features, in order (migrations run in this order). Each widget backend adds
 * one line here. The core (health, OpenAPI, desk login and accounts) always runs first and
 * is not listed. See docs/server.md.
 */
export const features: Feature[] = [routesFeature, chat, signups, followUps];

export type { Feature, FeatureContext, RetentionRule } from './types.js';
