/**
 * The preload of the main window (sandboxed, bundled into one file by scripts/build-electron.mjs). It exposes the
 * contract's Bridge on window.secretariat and nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../src/ipc/contract.js';
import { createBridge } from './bridge-client.js';

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge(ipcRenderer));
