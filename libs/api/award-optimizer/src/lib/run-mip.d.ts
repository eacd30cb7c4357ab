import type { Highs } from 'highs';
import type { MipAnswer, MipRequest } from './mip';

/** Solves one model with a loaded HiGHS runtime (run-mip.js). */
export declare function runMip(highs: Highs, request: MipRequest): MipAnswer;
