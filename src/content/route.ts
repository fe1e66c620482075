import type { RoutePhase, RouteStep } from '../core/config/schema/index.js';

/** The default separation route for the Netherlands (filled by the stap-tracker issue). */
export const nationalPhases: RoutePhase[] = [];
export const nationalSteps: RouteStep[] = [];
