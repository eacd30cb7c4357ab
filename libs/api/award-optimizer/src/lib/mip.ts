/**
 * A mixed-integer program as HiGHS takes it (rows in CSR), built column by column and row by row.
 * Plain typed arrays, so a model crosses to a worker thread as it is.
 */
export interface MipModel {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  integrality: Int32Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  /** The supplier (index) each column belongs to, −1 for columns of no one supplier. */
  owner: Int32Array;
}

/** What a solve is asked to respect. */
export interface MipOptions {
  timeLimitSeconds: number;
  relativeGap: number;
  /** Solve the LP relaxation (integrality dropped) and return its row duals and basis. */
  relaxed?: boolean;
  /** A simplex basis the LP relaxation starts from (a related LP's). */
  basis?: LpBasis;
  /** A starting solution (every column's value) handed to HiGHS (`setSolution`). */
  start?: Float64Array;
  /**
   * false: HiGHS skips its sub-MIP heuristics (RINS, RENS, root reduced cost), which only look for
   * better solutions — for a solve whose start is already (nearly) optimal and whose work is the
   * bound. On the bench's kept suppliers' MIP they took two thirds of its time and found nothing.
   */
  searchSolutions?: boolean;
}

/** What came of a solve: the columns' values when a feasible solution is known. */
export interface MipAnswer {
  status: 'OPTIMAL' | 'INFEASIBLE' | 'TIME_LIMIT';
  values: Float64Array | null;
  objective: number | null;
  /** The best bound HiGHS proved on the objective (the LP's optimum when relaxed); null when none. */
  bound: number | null;
  /** The LP's row duals (relaxed solves only). */
  rowDuals: Float64Array | null;
  /** The LP's final basis (relaxed solves only; absent otherwise). */
  basis?: LpBasis;
}

/** HiGHS's basis statuses per column and row (0 at lower bound, 1 basic, 2 at upper, …). */
export interface LpBasis {
  colStatus: Int32Array;
  rowStatus: Int32Array;
}

/** A solve the optimizer needs: the model and its options. */
export interface MipRequest {
  model: MipModel;
  options: MipOptions;
}

const INTEGER = 1;
const CONTINUOUS = 0;

export class MipBuilder {
  private readonly cost: number[] = [];
  private readonly lower: number[] = [];
  private readonly upper: number[] = [];
  private readonly integer: number[] = [];
  private readonly rowLower: number[] = [];
  private readonly rowUpper: number[] = [];
  private readonly starts: number[] = [0];
  private readonly indices: number[] = [];
  private readonly values: number[] = [];
  private readonly owners: number[] = [];
  /** The supplier the columns added now belong to (−1: none; see `MipModel.owner`). */
  owner = -1;

  /** Adds a column and returns its index. */
  col(lower: number, upper: number, integer: boolean, cost = 0): number {
    this.cost.push(cost);
    this.lower.push(lower);
    this.upper.push(upper);
    this.integer.push(integer ? INTEGER : CONTINUOUS);
    this.owners.push(this.owner);
    return this.cost.length - 1;
  }

  binary(cost = 0): number {
    return this.col(0, 1, true, cost);
  }

  setCost(col: number, cost: number): void {
    this.cost[col] = cost;
  }

  setUpper(col: number, upper: number): void {
    this.upper[col] = upper;
  }

  /** Adds `lower ≤ Σ coefficient × column ≤ upper` and returns its index; a column appears at most once. */
  row(lower: number, upper: number, cols: readonly number[], coefficients: readonly number[]): number {
    for (let i = 0; i < cols.length; i++) {
      if (coefficients[i] === 0) continue;
      this.indices.push(cols[i]);
      this.values.push(coefficients[i]);
    }
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
    this.starts.push(this.indices.length);
    return this.rowLower.length - 1;
  }

  build(): MipModel {
    return {
      numCols: this.cost.length,
      numRows: this.rowLower.length,
      colCost: Float64Array.from(this.cost),
      colLower: Float64Array.from(this.lower),
      colUpper: Float64Array.from(this.upper),
      integrality: Int32Array.from(this.integer),
      rowLower: Float64Array.from(this.rowLower),
      rowUpper: Float64Array.from(this.rowUpper),
      starts: Int32Array.from(this.starts),
      indices: Int32Array.from(this.indices),
      values: Float64Array.from(this.values),
      owner: Int32Array.from(this.owners),
    };
  }
}
