// What the build adds to the generated custom-functions metadata (functions.json) before the zh-CN
// copy is made from it, so both locales carry it.
// - allowErrorForDataTypeAny: true — without it one error cell (#N/A…) in a passed table makes Excel
//   answer that error for the whole call without calling the function. It is a TOP-LEVEL property
//   that applies to every parameter of type `any` (office-js-docs-pr docs/excel/custom-functions-
//   json.md, "allowErrorForDataTypeAny": "a top-level property and contains no sub-properties";
//   custom-functions-errors.md: the JSDoc generator cannot emit it).
// - allowCustomDataForDataTypeAny: true — already emitted by the generator; kept explicit so that
//   data-type cells (entities, formatted numbers) keep reaching the functions as objects.
'use strict';

/** The generated metadata text with the properties above; every table parameter must be `any`. */
function finishMetadata(text) {
  const meta = JSON.parse(text);
  const { functions, ...rest } = meta;
  return JSON.stringify(
    { ...rest, allowCustomDataForDataTypeAny: true, allowErrorForDataTypeAny: true, functions },
    null,
    4,
  );
}

module.exports = { finishMetadata };
