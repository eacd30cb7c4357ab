// The lint rules of an Angular library under libs/web: Angular's, the workspace's (module boundaries
// included), and the `bc` selector prefix. A library's eslint.config.mjs re-exports it (not every older
// library does yet: theirs are copies of these lines).
import nx from "@nx/eslint-plugin";
import baseConfig from "../../eslint.config.mjs";

export default [
    ...nx.configs["flat/angular"],
    ...nx.configs["flat/angular-template"],
    ...baseConfig,
    {
        files: ["**/*.ts"],
        rules: {
            "@angular-eslint/directive-selector": ["error", { type: "attribute", prefix: "bc", style: "camelCase" }],
            "@angular-eslint/component-selector": ["error", { type: "element", prefix: "bc", style: "kebab-case" }]
        }
    }
];
