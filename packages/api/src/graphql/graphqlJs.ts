// graphql 16 ships a CommonJS build (`main`) and an ESM build (`module`) without an exports map.
// Node, and with it graphql-yoga and graphql-tools, loads the CommonJS one; vitest would hand our
// sources the ESM one, and the two refuse each other's types ("Cannot use GraphQLObjectType from
// another module or realm"). Importing graphql's values through this file keeps one graphql in
// every runner. Type-only imports may use 'graphql' directly.
export * from 'graphql/index.js';
