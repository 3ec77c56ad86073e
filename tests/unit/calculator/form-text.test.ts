/** What people type: a wrong entry gets a Chinese message for the field and never becomes a value. */
import { describe, expect, it } from 'vitest';
import { DATE_FORMAT_MESSAGE, checkDate, checkDecimal, checkRank, checkWhole, checkYear, normalizeTyped } from '../../../src/components/calculator/form-text';
import { laterYearsWarning } from '../../../src/lib/rules/dates';

describe('typed numbers and dates', () => {
  it.each([
    ['3', { state: 'ok', value: 3 }],
    ['', { state: 'empty' }],
    ['-1', { state: 'error', message: '不能为负数' }],
    ['1.5', { state: 'error', message: '须为整数，不能有小数' }],
    ['三', { state: 'error', message: '请输入数字，如 3' }],
    ['3天', { state: 'error', message: '请输入数字，如 3' }],
    ['１２', { state: 'ok', value: 12 }],
    ['10001', { state: 'error', message: '数字过大，请核对' }],
    [' 12 ', { state: 'ok', value: 12 }],
    // Digits split by a space are not joined into a figure nobody typed: 1 2 papers would have counted as 12.
    ['1 2', { state: 'error', message: '数字中间不能有空格，请核对' }],
    ['１\u30002', { state: 'error', message: '数字中间不能有空格，请核对' }],
  ])('reads whole number %j', (text, expected) => {
    expect(checkWhole(text)).toEqual(expected);
  });

  it.each([
    ['24.5', { state: 'ok', value: 24.5 }],
    ['24.50', { state: 'ok', value: 24.5 }],
    ['２４．５', { state: 'ok', value: 24.5 }],
    ['24.25', { state: 'error', message: '最多保留一位小数' }],
    ['-0.5', { state: 'error', message: '不能为负数' }],
    ['abc', { state: 'error', message: '请输入数字，如 24.5' }],
    ['24 .5', { state: 'error', message: '数字中间不能有空格，请核对' }],
    ['2 4.5', { state: 'error', message: '数字中间不能有空格，请核对' }],
    // A decimal comma (a new user typed 31,5): said as what it is. Three digits after a comma are no decimal.
    ['31,5', { state: 'error', message: '小数点请用“.”，如 31.5' }],
    ['31，5', { state: 'error', message: '小数点请用“.”，如 31.5' }],
    ['31,50', { state: 'error', message: '小数点请用“.”，如 31.5' }],
    ['1,500', { state: 'error', message: '请输入数字，如 24.5' }],
  ])('reads stated hours %j with one decimal allowed', (text, expected) => {
    expect(checkDecimal(text, 1)).toEqual(expected);
  });

  it.each([
    ['2021', { state: 'ok', value: 2021 }],
    ['2021年', { state: 'ok', value: 2021 }],
    ['21', { state: 'error', message: '请填写四位数字的年份，如 2021' }],
    ['2021.5', { state: 'error', message: '请填写四位数字的年份，如 2021' }],
    ['1900', { state: 'error', message: '年份应在 1980 至 2100 之间' }],
    [' 2021 ', { state: 'ok', value: 2021 }],
    ['20 21', { state: 'error', message: '数字中间不能有空格，请核对' }],
    // A letter for the digit it looks like is named, not read as that digit (a new user typed 2O22).
    ['2O22', { state: 'error', message: '“O”是字母，请改为数字“0”' }],
    ['2o22年', { state: 'error', message: '“o”是字母，请改为数字“0”' }],
    ['20l9', { state: 'error', message: '“l”是字母，请改为数字“1”' }],
    ['2O2', { state: 'error', message: '请填写四位数字的年份，如 2021' }],
    ['2Oxx', { state: 'error', message: '请填写四位数字的年份，如 2021' }],
  ])('reads year %j', (text, expected) => {
    expect(checkYear(text)).toEqual(expected);
  });

  it('reads ranks from 1', () => {
    expect(checkRank('2')).toEqual({ state: 'ok', value: 2 });
    expect(checkRank('0')).toEqual({ state: 'error', message: '排名从 1 开始' });
    expect(checkRank('1 0')).toEqual({ state: 'error', message: '数字中间不能有空格，请核对' });
    expect(checkRank('101')).toEqual({ state: 'error', message: '排名不能超过 100' });
  });

  it.each([
    ['2022-03-01', { state: 'ok', value: '2022-03-01' }],
    ['2022/3/1', { state: 'ok', value: '2022-03-01' }],
    ['2022.3.1', { state: 'ok', value: '2022-03-01' }],
    ['2022年3月1日', { state: 'ok', value: '2022-03-01' }],
    ['2022-3-1', { state: 'ok', value: '2022-03-01' }],
    ['20220301', { state: 'ok', value: '2022-03-01' }],
    ['20220230', { state: 'error', message: '日期不存在：2022年2月没有30日' }],
    ['2023-08-3', { state: 'ok', value: '2023-08-03' }],
    ['2022031', { state: 'error', message: DATE_FORMAT_MESSAGE }],
    ['2022-02-30', { state: 'error', message: '日期不存在：2022年2月没有30日' }],
    ['2023-02-29', { state: 'error', message: '日期不存在：2023年2月没有29日' }],
    ['2024-02-29', { state: 'ok', value: '2024-02-29' }],
    ['2022-13-01', { state: 'error', message: '月份应在 1 至 12 之间' }],
    ['3月1日', { state: 'error', message: DATE_FORMAT_MESSAGE }],
    ['22-3-1', { state: 'error', message: DATE_FORMAT_MESSAGE }],
    ['2O22-03-01', { state: 'error', message: '“O”是字母，请改为数字“0”' }],
    ['2022-O3-01', { state: 'error', message: '“O”是字母，请改为数字“0”' }],
  ])('reads date %j', (text, expected) => {
    expect(checkDate(text)).toEqual(expected);
  });

  it.each([
    [[2030], '2030年晚于今年（2026年），请核对'],
    [[2025, 2027, 2030], '2027、2030年晚于今年（2026年），请核对'],
    [[2026], undefined],
    [[], undefined],
  ])('warns of years %j later than this year (2026), in the batch check’s words', (years, expected) => {
    expect(laterYearsWarning(years, 2026)).toBe(expected);
  });

  it('turns full-width input-method characters into ASCII', () => {
    expect(normalizeTyped(' ２０２２－０３－０１ ')).toBe('2022-03-01');
  });
});
