import { describe, expect, it } from 'vitest';
import { castLine, changedFields, parseCast } from './film-form';

describe('the correction form helpers', () => {
  const detected = { title: 'Her', year: 2013, directors: ['Spike Jonze'], cast: [{ name: 'Joaquin Phoenix', character: 'Theodore' }] };

  it('keeps only the fields the reader changed', () => {
    expect(changedFields(detected, { ...detected })).toEqual({});
    expect(changedFields(detected, { ...detected, title: 'Her (cut)' })).toEqual({ title: 'Her (cut)' });
    expect(changedFields(detected, { ...detected, year: null, directors: [] })).toEqual({ year: null, directors: [] });
    const none = { title: null, year: null, directors: [], cast: [] };
    expect(changedFields(none, { ...none, title: 'Paterson' })).toEqual({ title: 'Paterson' });
  });

  it('reads "Actor as Character (voice)" lines and writes them back', () => {
    const cast = parseCast('Joaquin Phoenix as Theodore\n\n  Scarlett Johansson as Samantha (voice)\nAmy Adams');
    expect(cast).toEqual([
      { name: 'Joaquin Phoenix', character: 'Theodore' },
      { name: 'Scarlett Johansson', character: 'Samantha', voice: true },
      { name: 'Amy Adams' },
    ]);
    expect(cast.map(castLine)).toEqual(['Joaquin Phoenix as Theodore', 'Scarlett Johansson as Samantha (voice)', 'Amy Adams']);
  });
});
