/**
 * The generated operations, for the code the initial bundle holds (the session and task stores):
 * imported when first sent, since each of them brings Apollo along (see GraphqlClient).
 */
export const operations = () => import('./generated');
