/**
 * Typing into a form: the key is kept (and journaled) at once, the figures follow after the next frame, and nothing
 * acts on older text than what is on screen. 3 days of training in 2020 are 24 学时, 4 days 32 (株人社函〔2024〕5号
 * 附件1 二 1: one day counts 8 学时).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CalculatorState } from '../../../src/components/calculator/calculator-state.svelte';
import { trainingOf } from './cases';

const hours2020 = (calc: CalculatorState) => calc.result.years.find((y) => y.year === 2020)?.public;

afterEach(() => {
  vi.useRealTimers();
});

describe('typeValue', () => {
  it('keeps and journals the text at once, and the figures follow when the form is read', () => {
    const { calc, id } = trainingOf('3');
    const edits: string[] = [];
    calc.onEdit = () => edits.push(String(calc.work().forms[0]?.values['days']));
    calc.typeValue(id, 'days', '4');
    expect(calc.editors[id]!.values['days']).toBe('4');
    expect(edits).toEqual(['4']); // the journal has the key in the same task
    expect(hours2020(calc)).toBe(24);
    calc.readWaiting();
    expect(hours2020(calc)).toBe(32);
    expect(edits).toEqual(['4', '4']); // and again with the draft that goes with it
  });

  it('reads the waiting text by itself once the frame has passed', () => {
    vi.useFakeTimers();
    const { calc, id } = trainingOf('3');
    calc.typeValue(id, 'days', '4');
    expect(hours2020(calc)).toBe(24);
    vi.advanceTimersByTime(250);
    expect(hours2020(calc)).toBe(32);
  });

  it('完成, leaving the field and every other change act on the text on screen, not on the last reading', () => {
    const { calc, id } = trainingOf('3');
    calc.typeValue(id, 'days', '5');
    expect(calc.closeEditor(id)).toBeNull();
    expect(calc.draft.activities[0]).toMatchObject({ days: 5 });
    expect(hours2020(calc)).toBe(40);

    const second = trainingOf('3');
    second.calc.typeValue(second.id, 'days', '-1');
    second.calc.leave(second.id, 'days');
    expect(second.calc.editors[second.id]!.shown['days']).toBeDefined(); // the message of the text typed
    expect(hours2020(second.calc)).toBe(24); // the last valid reading still counts

    const third = trainingOf('3');
    third.calc.typeValue(third.id, 'days', '2');
    third.calc.setCovered(2019, true);
    expect(hours2020(third.calc)).toBe(16);
  });

  it('a journal kept between the key and its reading opens with the draft the form says', () => {
    const { calc, id } = trainingOf('3');
    calc.typeValue(id, 'days', '6');
    const draft = structuredClone(calc.draft); // still 3 days
    const work = structuredClone(calc.work()); // 6 typed
    const reopened = new CalculatorState();
    reopened.load(draft, work);
    expect(reopened.editors[id]!.values['days']).toBe('6');
    expect(reopened.draft.activities[0]).toMatchObject({ days: 6 });
    expect(hours2020(reopened)).toBe(48);
  });

  it('a 名称 keystroke goes the same way', () => {
    const { calc, id } = trainingOf('3');
    calc.typeTitle(id, '继续教育公需课');
    expect(calc.editors[id]!.title).toBe('继续教育公需课');
    calc.readWaiting();
    expect(calc.draft.activities[0]?.title).toBe('继续教育公需课');
  });
});
