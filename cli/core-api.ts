// The CLI's one door into core's public index (pure: no exceljs). The exceljs writers are in
// ./core-writers, loaded only when a command writes or needs exceljs to read.
export * from '../core/index';
