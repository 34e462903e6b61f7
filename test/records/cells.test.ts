// records/cells readCell: the one switch over cell kinds that every cell reader (text, minutes, counts,
// 是/否) goes through (SPEC §2.1: no reader throws; an unreadable cell gives a Chinese message).
import fc from 'fast-check';
import { ok, readCell, unwrapCell, type CellReaders, type CellSlot } from '../../src/records/cells';
import { readCount, readMinutes, readYesNo, cellText } from '../../src/records';

// Reads strings of up to two characters as their length.
const LENGTH: CellReaders<number> = { str: (c) => (c.v.length > 2 ? undefined : ok(c.v.length)) };
const read = (v: unknown) => readCell<number>(unwrapCell(v), LENGTH, () => '读不了');

describe('readCell', () => {
  test('a blank cell is blank, whatever the readers', () => {
    for (const v of ['', '   ', null, undefined]) expect(read(v)).toEqual({ kind: 'blank' });
  });

  test('an error value gets the error-cell message, naming the code', () => {
    expect(read('#N/A')).toEqual({ kind: 'error', message: '单元格是错误值 #N/A，请修正公式或直接填写内容。' });
  });

  test('a kind with an entry is read by it; undefined from the entry or no entry means unreadable', () => {
    expect(read('ab')).toEqual({ kind: 'ok', value: 2 });
    expect(read('abc')).toEqual({ kind: 'error', message: '读不了' });
    expect(read(3)).toEqual({ kind: 'error', message: '读不了' });
    expect(read(true)).toEqual({ kind: 'error', message: '读不了' });
  });

  test('every reader answers blank for blank cells and the same message for the same error value', () => {
    const readers = [cellText, readMinutes, readCount, readYesNo];
    fc.assert(
      fc.property(fc.constantFrom('#REF!', '#VALUE!', '#DIV/0!', '#NAME?'), (code) => {
        const messages = readers.map((r) => r(code));
        for (const m of messages) expect(m).toEqual(messages[0]);
        expect(messages[0].kind).toBe('error');
      }),
    );
    for (const r of readers) expect(r(null)).toEqual({ kind: 'blank' });
  });
});

describe('unwrapCell with a slot (the per-column Cell the row walk refills)', () => {
  test('gives exactly what unwrapCell gives, for any value, refilling the same slot row after row', () => {
    const slot: CellSlot = { t: 'blank', v: null };
    const value = fc.oneof(
      fc.anything(),
      fc.string(),
      fc.constantFrom('', '  ', ' #N/A ', '#REF!', '#不是错误', ' 张三 ', '\u3000'),
      fc.double(),
      fc.date({ noInvalidDate: false }),
      fc.constantFrom({ error: '#N/A' }, { richText: [{ text: ' 甲 ' }] }, { formula: 'A1', result: 3 }, [1]),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 5 }), (values) => {
        for (const v of values) expect({ ...unwrapCell(v, slot) }).toEqual(unwrapCell(v));
      }),
      { numRuns: 500 },
    );
  });
});
