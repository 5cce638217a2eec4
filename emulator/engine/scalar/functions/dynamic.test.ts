import { describe, expect, it } from 'vitest';
import { rows } from '../../testing/queries.ts';

describe('arrays', () => {
  it('array_length, array_index_of (documentation examples), array_slice, array_concat, array_reverse, array_sum', async () => {
    expect(
      await rows(`let arr=dynamic(["this", "is", "an", "example", "an", "example"]);
        print array_length(arr), array_index_of(arr,"an"), array_index_of(arr,"example",1,3), array_index_of(arr,"example",1,2), array_index_of(arr, "an", 1, -1, 2), array_index_of(arr, "an", -3),
          array_slice(dynamic([1,2,3,4,5]), 2, -1), array_slice(dynamic([1,2,3,4,5]), -3, -2), array_concat(dynamic([1]), dynamic(["a"])), array_reverse(dynamic([1,2,3])), array_sum(dynamic([1,2,3.5])), array_sum(dynamic([1,"x"])), array_length(parse_json('{"a":1}'))`),
    ).toEqual([[6, 2, 3, -1, 4, 4, [3, 4, 5], [3, 4], [1, 'a'], [3, 2, 1], 6.5, null, null]]);
  });

  it('set_has_element and the set functions compare by value', async () => {
    expect(
      await rows(`print set_has_element(dynamic(["this", "is", "an", "example"]), "example"), set_has_element(dynamic([1, 2]), 2), set_has_element(dynamic([1, 2]), "2"),
        set_union(dynamic([1,2,1,4]), dynamic([1,2]), dynamic([8])), set_intersect(dynamic([1,2,3,2]), dynamic([3,2])), set_difference(dynamic([1,2,3]), dynamic([2])), set_has_element(parse_json('{"a":1}'), 1)`),
    ).toEqual([[true, true, false, [1, 2, 4, 8], [2, 3], [1, 3], null]]);
  });
});

describe('range, zip and sorting', () => {
  it('range of numbers and datetimes (documentation examples), zip pads with null, array_sort_asc/desc', async () => {
    expect(
      await rows(`print range(1, 8, 3), range(1, 3), range(5, 1, -2), range(datetime(2007-01-01), datetime(2007-01-03), 1d),
        zip(dynamic([1,3,5]), dynamic([2,4])), array_sort_asc(dynamic([3,null,1,"b","a"])), array_sort_desc(dynamic([1,3,2]), false)`),
    ).toEqual([[[1, 4, 7], [1, 2, 3], [5, 3, 1], ['2007-01-01T00:00:00Z', '2007-01-02T00:00:00Z', '2007-01-03T00:00:00Z'], [[1, 2], [3, 4], [5, null]], [1, 3, 'a', 'b', null], [3, 2, 1]]]);
  });
});

describe('property bags', () => {
  it('pack/bag_pack, pack_array, bag_keys, bag_merge (leftmost wins), bag_has_key, bag_remove_keys', async () => {
    expect(
      await rows(`print bag_pack("a", 1, "b", datetime(2024-01-01)), pack_array(1, "two", 2h), bag_keys(dynamic({"k":1,"j":2})),
        bag_merge(dynamic({'A1':12, 'B1':2, 'C1':3}), dynamic({'A2':81, 'B2':82, 'A1':1})), bag_has_key(dynamic({"k":1}), "k"), bag_remove_keys(dynamic({"a":1,"b":2}), dynamic(["a"]))`),
    ).toEqual([[{ a: 1, b: '2024-01-01T00:00:00Z' }, [1, 'two', '02:00:00'], ['k', 'j'], { A1: 12, B1: 2, C1: 3, A2: 81, B2: 82 }, true, { b: 2 }]]);
  });

  it('tostring of dynamic values and dynamic access', async () => {
    expect(
      await rows(`print tostring(dynamic({"a":[1,"x"]})), tostring(dynamic("text")), tostring(dynamic(null)), tostring(parse_json('{"a":{"b":2}}').a.b), tostring(parse_json('[5,6]')[-1]),
        tostring(parse_json('{"User Account":"u1","l":[7,8]}').["User Account"]), tostring(parse_json('{"l":[7,8]}').l.[1])`),
    ).toEqual([['{"a":[1,"x"]}', 'text', '', '2', '6', 'u1', '8']]);
  });
});
