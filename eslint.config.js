// Lint rules, including the layer rule of ARCHITECTURE.md: src/ is pure, electron/ and renderer/ depend only on
// src/ and never on each other.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events'];
const uiLibraries = ['react', 'react-dom', 'react-dom/*', 'antd', 'antd/*', '@ant-design/*', 'zustand', 'zustand/*', 'dexie', 'dexie-react-hooks', 'recharts', '@tanstack/*', '@dnd-kit/*'];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'bench/out/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: restrict(
      ['electron', ...nodeBuiltins, ...uiLibraries, '**/renderer/**', '**/electron/**'],
      'src/ is the pure core: no Electron, Node, UI or database imports (see ARCHITECTURE.md).',
    ),
  },
  {
    files: ['electron/**/*.ts'],
    rules: restrict([...uiLibraries, '**/renderer/**'], 'electron/ depends only on src/ (see ARCHITECTURE.md).'),
  },
  {
    // Raw IPC only in the typed helper (ipc-main.ts) and the preload: everything else goes through the contract.
    files: ['electron/**/*.ts'],
    ignores: ['electron/ipc-main.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: [...uiLibraries, '**/renderer/**'], message: 'electron/ depends only on src/ (see ARCHITECTURE.md).' }],
          paths: [{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], allowTypeImports: true, message: 'Use electron/ipc-main.ts (registerInvokeHandlers, sendEvent) or the preload bridge.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...restrict(['electron', ...nodeBuiltins, '**/electron/**'], 'renderer/ reaches the desktop only through the preload bridge (see ARCHITECTURE.md).'),
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
);
