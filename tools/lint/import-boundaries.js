'use strict';
/**
 * SaferPlan's import-boundary rules as a local ESLint plugin. ESLint's own no-restricted-imports
 * sees only import and export declarations; these rules also see require() and import(), so a
 * boundary cannot be stepped round by changing the form of the import.
 */
const { dirname, relative, resolve, sep } = require('node:path');

/** Calls check(specifier, node) for every static, re-exported, dynamic or required module. */
function eachImport(check) {
  const fromSource = (node) => {
    if (node.source && typeof node.source.value === 'string') check(node.source.value, node.source);
  };
  return {
    ImportDeclaration: fromSource,
    ExportAllDeclaration: fromSource,
    ExportNamedDeclaration: fromSource,
    ImportExpression: fromSource,
    CallExpression(node) {
      const [first] = node.arguments;
      const isRequire = node.callee.type === 'Identifier' && node.callee.name === 'require';
      if (isRequire && first && first.type === 'Literal' && typeof first.value === 'string') check(first.value, first);
    },
  };
}

const isInside = (root, path) => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
};

/** Relative imports must resolve inside one of the allowed folders (e.g. the app's own src). */
const stayWithin = {
  meta: {
    type: 'problem',
    docs: { description: 'relative imports stay inside the allowed folders' },
    schema: [
      {
        type: 'object',
        properties: { allowed: { type: 'array', items: { type: 'string' }, minItems: 1 }, reason: { type: 'string' } },
        required: ['allowed', 'reason'],
        additionalProperties: false,
      },
    ],
    messages: { escapes: '"{{specifier}}" leaves {{folder}}: {{reason}}' },
  },
  create(context) {
    const [{ allowed, reason }] = context.options;
    const roots = allowed.map((folder) => resolve(context.cwd, folder));
    const filename = context.filename;
    const home = roots.find((root) => isInside(root, filename)) ?? roots[0];
    return eachImport((specifier, node) => {
      if (!specifier.startsWith('.')) return;
      const target = resolve(dirname(filename), specifier);
      if (roots.some((root) => isInside(root, target))) return;
      context.report({
        node,
        messageId: 'escapes',
        data: { specifier, folder: relative(context.cwd, home).split(sep).join('/'), reason },
      });
    });
  },
};

/** Modules a layer must not depend on, each pattern with the reason it is forbidden. */
const forbidden = {
  meta: {
    type: 'problem',
    docs: { description: 'modules this layer must not import' },
    schema: [
      {
        type: 'array',
        items: {
          type: 'object',
          properties: { pattern: { type: 'string' }, reason: { type: 'string' } },
          required: ['pattern', 'reason'],
          additionalProperties: false,
        },
        minItems: 1,
      },
    ],
    messages: { forbidden: '"{{specifier}}" is not allowed here: {{reason}}' },
  },
  create(context) {
    const rules = context.options[0].map(({ pattern, reason }) => ({ regex: new RegExp(pattern), reason }));
    return eachImport((specifier, node) => {
      const rule = rules.find(({ regex }) => regex.test(specifier));
      if (rule) context.report({ node, messageId: 'forbidden', data: { specifier, reason: rule.reason } });
    });
  },
};

module.exports = {
  meta: { name: 'saferplan-import-boundaries' },
  rules: { 'stay-within': stayWithin, forbidden },
};
