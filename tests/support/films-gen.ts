/** Film records as a Letterboxd import makes them (identities with diaries), from the seeded export generator. */
import { planFilms } from '../../src/shared/formats/film-merge';
import { readLetterboxdFiles } from '../../src/shared/formats/letterboxd-read';
import type { FilmRecord } from '../../src/shared/records/films';
import { genLetterboxdExport } from './letterboxd-export-gen';

export function genFilms(seed: number, size: number): FilmRecord[] {
  return planFilms([], readLetterboxdFiles(genLetterboxdExport(seed, size).files).items, 1).add;
}
