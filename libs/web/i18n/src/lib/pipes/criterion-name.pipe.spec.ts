import { TestBed } from '@angular/core/testing';
import { Locale } from '@bc/shared/domain';
import { LanguageService } from '../language.service';
import { provideI18n } from '../provide-i18n';
import { BcCriterionNamePipe } from './criterion-name.pipe';

describe('bcCriterionName', () => {
  let language: LanguageService;
  let pipe: BcCriterionNamePipe;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18n(), BcCriterionNamePipe] });
    language = TestBed.inject(LanguageService);
    pipe = TestBed.inject(BcCriterionNamePipe);
  });

  it('translates a default criterion that still has its default name', () => {
    language.use(Locale.DE);
    expect(pipe.transform({ key: 'RELIABILITY', name: 'Supplier reliability' })).toBe('Zuverlässigkeit des Lieferanten');
    language.use(Locale.EN);
    expect(pipe.transform({ key: 'RELIABILITY', name: 'Supplier reliability' })).toBe('Supplier reliability');
  });

  it('shows a name the buyer wrote as written, also on a default key', () => {
    language.use(Locale.DE);
    expect(pipe.transform({ key: 'PRICE', name: 'Gesamtkosten über 5 Jahre' })).toBe('Gesamtkosten über 5 Jahre');
    expect(pipe.transform({ key: 'SERVICE_24H', name: 'Service within 24 h' })).toBe('Service within 24 h');
  });
});
