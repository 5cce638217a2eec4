import { describe, expect, it } from 'vitest';
import { renderObject } from './render.ts';

describe('render object', () => {
  it('matches the recorded shape for a titled column chart', () => {
    const render = renderObject({ visualization: 'columnchart', properties: { title: 'the chart title', xtitle: 'the x axis title' } });
    expect(JSON.stringify(render)).toBe(
      '{"visualization":"columnchart","title":"the chart title","accumulate":false,"isQuerySorted":false,"kind":null,"legend":null,"series":null,"yMin":"NaN","yMax":"NaN","xAxis":null,"xColumn":null,"xTitle":"the x axis title","yAxis":null,"yColumns":null,"ySplit":null,"yTitle":null,"anomalyColumns":null}',
    );
  });

  it('writes set bounds as numbers, booleans as booleans and column lists as one string', () => {
    const render = renderObject({ visualization: 'timechart', properties: { ymin: '0', ymax: '10.5', accumulate: true, ycolumns: ['a', 'b'], kind: 'stacked' } });
    expect(render).toMatchObject({ yMin: 0, yMax: 10.5, accumulate: true, yColumns: 'a,b', kind: 'stacked' });
  });
});
