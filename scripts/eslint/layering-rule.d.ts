import type { Rule } from 'eslint';

export function layerOf(file: string): { layer: 'shared' | 'features' | 'app' | 'pipeline' | 'other'; feature?: string };
export function layeringProblem(from: string, to: string): string | null;
export const layeringRule: Rule.RuleModule;
