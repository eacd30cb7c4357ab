'use strict';
/** A worker that never answers, as HiGHS deep in a presolve past its time limit (the ScenarioSolver test). */
module.exports = function stuck() {
  return new Promise(() => undefined);
};
