'use strict';
/**
 * Solves one MipModel with a loaded HiGHS runtime (the `highs` package's persistent API) and
 * returns a MipAnswer. Plain JavaScript, so the worker thread (scenario.worker.js) runs it without
 * a TypeScript loader; the synchronous path calls the same function (run-mip.d.ts types it).
 */
const OPTIMAL = 7;
const INFEASIBLE = 8;
const UNBOUNDED_OR_INFEASIBLE = 9;
const TIME_LIMIT = 13;
const FEASIBLE_SOLUTION = 2;
/** HiGHS's sub-MIP heuristics, which only search for better solutions (see MipOptions.searchSolutions). */
const SOLUTION_SEARCH_OFF = { mip_heuristic_run_rins: false, mip_heuristic_run_rens: false, mip_heuristic_run_root_reduced_cost: false };

function runMip(highs, request) {
  const { model, options } = request;
  const relaxed = options.relaxed === true;
  const data = {
    numCols: model.numCols,
    numRows: model.numRows,
    colCost: model.colCost,
    colLower: model.colLower,
    colUpper: model.colUpper,
    rowLower: model.rowLower,
    rowUpper: model.rowUpper,
    integrality: relaxed ? new Int32Array(model.numCols) : model.integrality,
    matrix: { format: 'csr', numRows: model.numRows, numCols: model.numCols, starts: model.starts, indices: model.indices, values: model.values },
  };
  return highs.withModel(data, (mip) => {
    mip.options.set({ output_flag: false, time_limit: Math.max(options.timeLimitSeconds, 0.01), mip_rel_gap: options.relativeGap, mip_abs_gap: 1e-7 });
    if (options.searchSolutions === false) mip.options.set(SOLUTION_SEARCH_OFF);
    if (options.start && !relaxed) mip.setSolution({ colValue: options.start });
    if (options.basis && relaxed) mip.setBasis(options.basis);
    const { modelStatus } = mip.run();
    if (modelStatus === INFEASIBLE || modelStatus === UNBOUNDED_OR_INFEASIBLE) return { status: 'INFEASIBLE', values: null, objective: null, bound: null, rowDuals: null };
    if (modelStatus !== OPTIMAL && modelStatus !== TIME_LIMIT) throw new Error(`HiGHS stopped with model status ${modelStatus}`);
    const feasible = mip.info.get('primal_solution_status') === FEASIBLE_SOLUTION;
    const solution = feasible ? mip.getSolution() : null;
    const objective = feasible ? mip.getObjectiveValue() : null;
    let bound = null;
    if (relaxed) bound = modelStatus === OPTIMAL ? objective : null;
    else {
      const dual = Number(mip.info.get('mip_dual_bound'));
      bound = Number.isFinite(dual) ? dual : null;
    }
    return {
      status: modelStatus === OPTIMAL ? 'OPTIMAL' : 'TIME_LIMIT',
      values: solution ? solution.colValue : null,
      objective,
      bound,
      rowDuals: relaxed && solution && modelStatus === OPTIMAL ? solution.rowDual : null,
      ...(relaxed && modelStatus === OPTIMAL ? { basis: mip.getBasis() } : {}),
    };
  });
}

module.exports = { runMip };
