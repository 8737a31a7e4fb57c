// exceljs's own browser build without polyfills (Chromium in Electron needs none); its API is the package's.
declare module 'exceljs/dist/exceljs.bare.min.js' {
  export * from 'exceljs';
}
