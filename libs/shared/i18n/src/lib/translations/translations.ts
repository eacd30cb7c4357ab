import { en } from './en';

/** The shape every language must have: the English keys, strings at the leaves. */
export type Translations = typeof en;
