'use strict';
/**
 * The piscina worker of ScenarioSolver: loads HiGHS once per thread and solves the models it is
 * sent, off the caller's event loop. Plain JavaScript (see run-mip.js).
 */
const loadHighs = require('highs');
const { runMip } = require('./run-mip.js');

let highs = null;

module.exports = async function solve(request) {
  highs = highs ?? (await loadHighs());
  return runMip(highs, request);
};
