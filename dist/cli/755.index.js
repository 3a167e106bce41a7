export const id = 755;
export const ids = [755];
export const modules = {

/***/ 1755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runReport: () => (/* binding */ runReport),
/* harmony export */   streamReport: () => (/* binding */ streamReport)
/* harmony export */ });
/* harmony import */ var _ingest_fs_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6003);
/* harmony import */ var _load_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4643);


/**
 * `carbon-budget report`: the footprint of the folder on disk.
 * @returns the report (absent when any error was found), its config and every problem
 */
async function runReport(opts) {
    return (0,_load_report_js__WEBPACK_IMPORTED_MODULE_1__/* .loadReport */ .N1)((0,_ingest_fs_source_js__WEBPACK_IMPORTED_MODULE_0__/* .fsSource */ .R)(opts.dir), loadOptions(opts));
}
/**
 * `carbon-budget report --format json`: the same report, its experiments assessed one at a time as
 * they are written (a repository of 50,000 manifests is never held as 50,000 results).
 * @returns the stream (absent when any error was found), its config and every problem
 */
async function streamReport(opts) {
    return (0,_load_report_js__WEBPACK_IMPORTED_MODULE_1__/* .streamReport */ .Zf)((0,_ingest_fs_source_js__WEBPACK_IMPORTED_MODULE_0__/* .fsSource */ .R)(opts.dir), loadOptions(opts));
}
const loadOptions = (opts) => ({
    ...(opts.configPath !== undefined ? { configPath: opts.configPath } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
});


/***/ })

};
