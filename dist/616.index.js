import { createRequire as __adbCreateRequire } from 'node:module';
const require = __adbCreateRequire(import.meta.url);
export const id = 616;
export const ids = [616];
export const modules = {

/***/ 41616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   probeBuildxWithToolkit: () => (/* binding */ probeBuildxWithToolkit)
/* harmony export */ });
/* harmony import */ var _docker_actions_toolkit_lib_buildx_buildx_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3191);

/**
 * The toolkit's own detection, which also finds a standalone buildx binary
 * (docker/setup-buildx-action). Here in the action's glue, so the CLI bundle does not carry the
 * toolkit; the CLI asks `docker buildx version` itself (engines/detect.ts).
 */
async function probeBuildxWithToolkit() {
    const buildx = new _docker_actions_toolkit_lib_buildx_buildx_js__WEBPACK_IMPORTED_MODULE_0__/* .Buildx */ .F();
    if (!(await buildx.isAvailable()))
        return undefined;
    const { command, args } = await buildx.getCommand([]);
    return { version: await buildx.version(), command: [command, ...args] };
}


/***/ })

};
