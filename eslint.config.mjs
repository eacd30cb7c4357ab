import nx from "@nx/eslint-plugin";

/**
 * The API's libraries in layers, lowest first: a library may use its own layer and the ones below,
 * never one above (documents < rfq < quotes < evaluation < negotiation < auction < award, as issue 12 set).
 * Core knows no domain; platform is what every domain uses (audit, mail, identity, files, the PDF
 * kit); workflow gathers across domains (my tasks, the demo seed).
 */
const API_LAYERS = [
    "layer:core",
    "layer:platform",
    "layer:directory",
    "layer:purchasing",
    "layer:rfq",
    "layer:quotes",
    "layer:evaluation",
    "layer:negotiation",
    "layer:auction",
    "layer:award",
    "layer:workflow"
];
const layerConstraints = (layers) =>
    layers.map((tag, i) => ({ sourceTag: tag, onlyDependOnLibsWithTags: ["scope:shared", ...layers.slice(0, i + 1)] }));

export default [
    ...nx.configs["flat/base"],
    ...nx.configs["flat/typescript"],
    ...nx.configs["flat/javascript"],
    {
        ignores: [
            "**/dist",
            "**/out-tsc"
        ]
    },
    {
        files: [
            "**/*.ts",
            "**/*.tsx",
            "**/*.js",
            "**/*.jsx"
        ],
        rules: {
            "@nx/enforce-module-boundaries": [
                "error",
                {
                    enforceBuildableLibDependency: true,
                    allow: [
                        "^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$"
                    ],
                    depConstraints: [
                        // Shared: pure rules both sides use; they depend on nothing of either side.
                        {
                            sourceTag: "scope:shared",
                            onlyDependOnLibsWithTags: ["scope:shared"]
                        },
                        // API (apps/api, libs/api/*, migrations): core knows no domain; a domain
                        // library uses core and other domain libraries; the app wires them.
                        {
                            sourceTag: "scope:api",
                            notDependOnLibsWithTags: ["scope:web"]
                        },
                        // Parity tests (libs/parity) prove both sides compute alike: they alone read both.
                        {
                            sourceTag: "scope:parity",
                            onlyDependOnLibsWithTags: ["scope:api", "scope:web", "scope:shared"]
                        },
                        {
                            allSourceTags: ["scope:api", "type:app"],
                            onlyDependOnLibsWithTags: ["scope:api", "scope:shared"]
                        },
                        {
                            allSourceTags: ["scope:api", "type:feature"],
                            onlyDependOnLibsWithTags: ["type:feature", "type:core", "scope:shared"]
                        },
                        {
                            allSourceTags: ["scope:api", "type:core"],
                            onlyDependOnLibsWithTags: ["scope:shared"]
                        },
                        ...layerConstraints(API_LAYERS),
                        {
                            allSourceTags: ["scope:api", "type:migrations"],
                            onlyDependOnLibsWithTags: ["type:core", "scope:shared"]
                        },
                        {
                            allSourceTags: ["scope:web", "type:e2e"],
                            onlyDependOnLibsWithTags: ["scope:shared"]
                        },
                        // Web (apps/web, libs/web/*). Each rule is scoped with `allSourceTags`
                        // so the type tags can mean the same on the API side without clashing;
                        // add the API's rules as a block of their own.
                        {
                            sourceTag: "scope:web",
                            notDependOnLibsWithTags: ["scope:api"]
                        },
                        {
                            allSourceTags: ["scope:web", "type:app"],
                            onlyDependOnLibsWithTags: ["scope:web", "scope:shared"]
                        },
                        {
                            allSourceTags: ["scope:web", "type:feature"],
                            onlyDependOnLibsWithTags: ["scope:web", "scope:shared"]
                        },
                        {
                            allSourceTags: ["scope:web", "type:ui"],
                            onlyDependOnLibsWithTags: ["type:ui", "type:util"]
                        },
                        {
                            allSourceTags: ["scope:web", "type:data-access"],
                            onlyDependOnLibsWithTags: ["type:data-access", "type:util", "scope:shared"]
                        },
                        {
                            allSourceTags: ["scope:web", "type:util"],
                            onlyDependOnLibsWithTags: ["type:util", "scope:shared"]
                        }
                    ]
                }
            ]
        }
    },
    {
        files: [
            "**/*.ts",
            "**/*.tsx",
            "**/*.cts",
            "**/*.mts",
            "**/*.js",
            "**/*.jsx",
            "**/*.cjs",
            "**/*.mjs"
        ],
        // Override or add rules here
        rules: {}
    },
    {
        // One person reads a file or a function in one sitting (issue 12). Specs, generated code and
        // translation tables are exempt: a test's scenario and a catalogue read top to bottom.
        files: ["**/*.ts"],
        ignores: ["**/*.spec.ts", "**/generated/**", "**/generated.ts", "**/translations/**", "**/test/**", "**/support/**"],
        rules: {
            "max-lines": ["error", { max: 500 }],
            "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true }]
        }
    }
];
