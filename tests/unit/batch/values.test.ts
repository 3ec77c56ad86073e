/** Reading typed cells of the batch check: stated hours with and without a unit. */
import { describe, expect, it } from 'vitest';
import { readHours } from '../../../src/lib/batch/values';

describe('readHours', () => {
  it('reads hours as certificates state them, with 学时 after the number or full-width digits', () => {
    expect(readHours('30')).toEqual({ ok: true, value: 30 });
    expect(readHours('24.5学时')).toEqual({ ok: true, value: 24.5 });
    expect(readHours('30 学时')).toEqual({ ok: true, value: 30 });
    expect(readHours('１２')).toEqual({ ok: true, value: 12 });
    expect(readHours(36)).toEqual({ ok: true, value: 36 });
  });

  it('refuses 小时, 课时 or h after the number with the reason, not as 「不是数字」: an hour is not always a 学时', () => {
    expect(readHours('30小时')).toEqual({ ok: false, message: '「30小时」：请只填数字，按证书载明的学时填写（不带单位「小时」）' });
    expect(readHours('60 课时')).toEqual({ ok: false, message: '「60 课时」：请只填数字，按证书载明的学时填写（不带单位「课时」）' });
    expect(readHours('8h')).toEqual({ ok: false, message: '「8h」：请只填数字，按证书载明的学时填写（不带单位「h」）' });
    expect(readHours('三十')).toEqual({ ok: false, message: '「三十」不是数字' });
  });
});
