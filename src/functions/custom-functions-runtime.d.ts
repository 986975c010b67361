/**
 * The part of Office's custom functions runtime (`CustomFunctions` global, shared runtime) the
 * add-in uses. @types/custom-functions-runtime is not installed; these match its declarations.
 */
declare namespace CustomFunctions {
  function associate(id: string, functionObject: (...args: never[]) => unknown): void;
  class Error {
    constructor(errorCode?: ErrorCode, message?: string);
    code: ErrorCode;
    message?: string;
  }
  enum ErrorCode {
    invalidValue = '#VALUE!',
    notAvailable = '#N/A',
  }
}
