export const id = 282;
export const ids = [282];
export const modules = {

/***/ 1282:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createApi: () => (/* binding */ createApi)
/* harmony export */ });
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7934);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);




let apiCount = 0;
/**
 * Builds the Octokit for this run. Writes are spaced (1 s, GitHub's advice against secondary limits)
 * by the throttling plugin; 5xx answers are retried with backoff; a secondary rate limit is waited out
 * when its `retry-after` is short, otherwise the request fails and the caller turns it into a warning.
 *
 * @example
 * const api = createApi({ token: getInput('github-token') })
 */
function createApi(opts) {
    if (opts.token)
        _log_js__WEBPACK_IMPORTED_MODULE_0__.setSecret(opts.token);
    const baseUrl = (opts.baseUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, '');
    const retryBaseMs = opts.retryBaseMs ?? 1000;
    const maxRetryAfterS = opts.maxRetryAfterS ?? 60;
    const retries = opts.retries ?? 3;
    // The throttling plugin keeps its limiters in module-wide groups keyed by id: one key per client,
    // so two clients in one process (tests, or a future multi-repo run) do not wait on each other.
    apiCount += 1;
    const waitOrGiveUp = (kind) => (retryAfterS, options, _o, retryCount) => {
        const what = `${options.method ?? ''} ${options.url ?? ''}`.trim();
        if (retryCount < retries && retryAfterS <= maxRetryAfterS) {
            _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`GitHub ${kind} on ${what}: retrying in ${retryAfterS} s (attempt ${retryCount + 2} of ${retries + 1}).`);
            return true;
        }
        _log_js__WEBPACK_IMPORTED_MODULE_0__.warning(`GitHub ${kind} on ${what}: giving up (retry-after ${retryAfterS} s, ${retryCount} retries made).`);
        return false;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(opts.token, {
        baseUrl,
        userAgent: opts.userAgent ?? 'carbon-budget-action',
        log: {
            // Octokit's default logger writes to the console; route it through the runner's commands so it lands in the
            // step log as debug/warning lines (the runner masks the registered token there).
            debug: (m) => _log_js__WEBPACK_IMPORTED_MODULE_0__.debug(m),
            info: (m) => _log_js__WEBPACK_IMPORTED_MODULE_0__.debug(m),
            warn: (m) => _log_js__WEBPACK_IMPORTED_MODULE_0__.debug(m),
            error: (m) => _log_js__WEBPACK_IMPORTED_MODULE_0__.debug(m),
        },
        retry: { retryAfterBaseValue: retryBaseMs, retries },
        throttle: {
            id: `carbon-budget-${process.pid}-${apiCount}`,
            retryAfterBaseValue: retryBaseMs,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: waitOrGiveUp('rate limit'),
            onSecondaryRateLimit: waitOrGiveUp('secondary rate limit'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
}


/***/ })

};
