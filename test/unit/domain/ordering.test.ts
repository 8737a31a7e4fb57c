import { describe, expect, it } from 'vitest';
import { byOrder, insertItem, moveItem, numberById, renumber, type Ordered } from '../../../src/domain/ordering.js';

const items = (...ids: string[]): Ordered[] => ids.map((id, i) => ({ id, order: i + 1 }));
const numbers = (list: Ordered[]) => [...numberById(list)].map(([id, n]) => `${n}.${id}`);

/** Applies renumber's changes the way the database writes do. */
function applyNumbers(list: Ordered[]): Ordered[] {
  const changes = new Map(renumber(list).map((c) => [c.id, c.order]));
  return list.map((item) => ({ ...item, order: changes.get(item.id) ?? item.order }));
}

describe('numbering follows the order', () => {
  it('after an insert in the middle, numbers shift down', () => {
    const list = applyNumbers(insertItem(items('a', 'b', 'c'), 1, { id: 'x', order: 99 }));
    expect(numbers(list)).toEqual(['1.a', '2.x', '3.b', '4.c']);
  });

  it('after a move, only the items whose number changed are rewritten', () => {
    const moved = moveItem(items('a', 'b', 'c', 'd'), 3, 1);
    expect(renumber(moved)).toEqual([
      { id: 'd', order: 2 },
      { id: 'b', order: 3 },
      { id: 'c', order: 4 },
    ]);
    expect(numbers(applyNumbers(moved))).toEqual(['1.a', '2.d', '3.b', '4.c']);
  });

  it('after a delete, the numbers close the gap', () => {
    const list = applyNumbers(items('a', 'b', 'c').filter((i) => i.id !== 'b'));
    expect(numbers(list)).toEqual(['1.a', '2.c']);
  });

  it('clamps positions and ignores a move from outside the list', () => {
    expect(moveItem(items('a', 'b'), 0, 10).map((i) => i.id)).toEqual(['b', 'a']);
    expect(moveItem(items('a', 'b'), 5, 0).map((i) => i.id)).toEqual(['a', 'b']);
    expect(insertItem(items('a'), -3, { id: 'x', order: 0 }).map((i) => i.id)).toEqual(['x', 'a']);
  });

  it('sorts by order and keeps equal orders stable', () => {
    const list = [
      { id: 'c', order: 3 },
      { id: 'a', order: 1 },
      { id: 'b1', order: 2 },
      { id: 'b2', order: 2 },
    ];
    expect(byOrder(list).map((i) => i.id)).toEqual(['a', 'b1', 'b2', 'c']);
  });
});
