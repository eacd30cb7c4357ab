// The web's specs start with both translation tables loaded (jest.lib.cjs): a component renders
// translated in the same turn, as it does in the app once the active language's table is there.
import { preloadTranslations } from './lib/lazy-translate-loader';

beforeAll(async () => {
  const [{ en }, { de }] = await Promise.all([import('@bc/shared/i18n/en'), import('@bc/shared/i18n/de')]);
  preloadTranslations({ en, de });
});
