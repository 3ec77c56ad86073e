/**
 * A number as people write one on a form or in a sheet: digits with a point and a sign at most. JavaScript's Number()
 * also reads 1e2 as 100, 0x10 as 16 and an empty text as 0: a typo such as 1e2 was counted as 100 学时 in the batch
 * check (an HR officer's check), where the calculator refused it.
 */
export const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
