export function demoEnv(): Record<string, string>;
