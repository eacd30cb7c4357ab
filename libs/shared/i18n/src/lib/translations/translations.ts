import { en } from './en';

import { documentsEn } from './documents.en';

/** The shape every language of the screens must have: the English keys, strings at the leaves. */
export type Translations = typeof en;

/** The words of the documents the API renders, in the same shape in every language. */
export type DocumentTranslations = typeof documentsEn;

/** The whole catalogue of a language: the screens' words and the documents'. */
export type Catalogue = Translations & DocumentTranslations;
