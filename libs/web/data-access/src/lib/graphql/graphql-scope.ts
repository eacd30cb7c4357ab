import { NgModule } from '@angular/core';

/**
 * Where the generated operation services live (codegen's `ngModule`): the injector GraphqlClient
 * creates with Apollo when the first operation is sent, not the root, which has no Apollo at
 * start-up. A service provided to the root (a test's fake) is found first (Api).
 */
@NgModule({})
export class GraphqlScope {}
