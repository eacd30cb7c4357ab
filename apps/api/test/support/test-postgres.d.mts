export function startTestPostgres(): Promise<{ url: string; stop(): Promise<void> }>;
