export function migrations(): string {
  return 'migrations';
}
