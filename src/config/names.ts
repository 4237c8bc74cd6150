/**
 * Names other than image references that reach a command line (image references are checked by
 * registry/reference.ts): checked before any command runs so nothing from the config can turn
 * into a flag or a malformed argv.
 */

const BUILD_ARG = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

export const isValidBuildArgName = (name: string): boolean => BUILD_ARG.test(name);
export const isValidPlatform = (platform: string): boolean => PLATFORM.test(platform);
export const isValidLabelKey = (key: string): boolean => LABEL_KEY.test(key);
