// Runs TypeScript sources directly with SWC: path aliases from tsconfig.base.json
// and decorator metadata (which Nest's dependency injection needs) are honoured.
const path = require('node:path');
process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '..', 'tsconfig.base.json');
require('@swc-node/register');
