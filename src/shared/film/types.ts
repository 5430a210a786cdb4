/** The extraction's result types live with the data model (records/detection.ts); film code names them from here. */
export type { CastMember, Film, ReviewRating, ReviewInfo, Detection } from '../records/detection';
