export const id = 282;
export const ids = [282];
export const modules = {

/***/ 1282:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_REQUEST_TIMEOUT_MS: () => (/* binding */ DEFAULT_REQUEST_TIMEOUT_MS),
/* harmony export */   createApi: () => (/* binding */ createApi)
/* harmony export */ });
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7934);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7564);





const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
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
    const requestTimeoutMs = opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const deadline = opts.deadline;
    const leftMs = () => (deadline ? deadline.endsAtMs - Date.now() : Infinity);
    // The throttling plugin keeps its limiters in module-wide groups keyed by id: one key per client,
    // so two clients in one process (tests, or a future multi-repo run) do not wait on each other.
    apiCount += 1;
    const waitOrGiveUp = (kind) => (retryAfterS, options, _o, retryCount) => {
        const what = `${options.method ?? ''} ${options.url ?? ''}`.trim();
        if (retryCount < retries && retryAfterS <= maxRetryAfterS && retryAfterS * retryBaseMs < leftMs()) {
            _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`GitHub ${kind} on ${what}: retrying in ${retryAfterS} s (attempt ${retryCount + 2} of ${retries + 1}).`);
            return true;
        }
        const why = retryCount >= retries ? `${retryCount} retries made` : retryAfterS > maxRetryAfterS ? `retry-after ${retryAfterS} s is too long` : `retry-after ${retryAfterS} s would pass the deadline (publish-timeout)`;
        // A line, not a warning: the caller warns once about what could not be posted.
        _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`GitHub ${kind} on ${what}: giving up (${why}).`);
        return false;
    };
    // Every request gets its own timeout, cut short by the deadline: a silent server costs seconds, not minutes.
    // A request that outlives its own timeout fails as a TimeoutError, which Octokit turns into a 500
    // and retries; one cut by the deadline fails as an AbortError, which Octokit passes on unretried.
    const timedFetch = async (input, init) => {
        const left = leftMs();
        const byDeadline = left <= requestTimeoutMs;
        const reason = byDeadline
            ? new DOMException('the deadline for API calls (publish-timeout) passed', 'AbortError')
            : new DOMException(`no answer within ${requestTimeoutMs / _core_units_js__WEBPACK_IMPORTED_MODULE_2__/* .SECOND_MS */ ._L} s`, 'TimeoutError');
        const limit = new AbortController();
        const timer = setTimeout(() => limit.abort(reason), Math.max(0, byDeadline ? left : requestTimeoutMs));
        try {
            return await fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([limit.signal, init.signal]) : limit.signal });
        }
        finally {
            clearTimeout(timer);
        }
    };
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(opts.token, {
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
        request: { fetch: timedFetch },
        retry: { retryAfterBaseValue: retryBaseMs, retries },
        throttle: {
            id: `carbon-budget-${process.pid}-${apiCount}`,
            retryAfterBaseValue: retryBaseMs,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: waitOrGiveUp('rate limit'),
            onSecondaryRateLimit: waitOrGiveUp('secondary rate limit'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
    // plugin-retry and plugin-throttling count retries in `options.request`, one object shared by every
    // request of the client: after one request used its retries, the next started at its 4th (a 25 s
    // first wait). The outermost hook gives each request a fresh copy.
    octokit.hook.wrap('request', async (request, options) => {
        // Hooks all see the one options object of this call (before-after-hook binds it to each), so the
        // copy is put there, not passed on: `options` is this request's own, `options.request` is shared.
        // Past the deadline a request still goes through the plugins (so it fails as theirs do, as a
        // timeout) but without retries, and its fetch is aborted at once.
        const { retryCount: _, ...fresh } = (options.request ?? {});
        options.request = leftMs() > 0 ? fresh : { ...fresh, retries: 0 };
        return request(options);
    });
    return octokit;
}


/***/ })

};
