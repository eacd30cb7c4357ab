// The rules every Angular library under libs/web keeps (../eslint.lib.mjs).
export { default } from "../eslint.lib.mjs";
