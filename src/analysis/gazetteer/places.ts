/** The place and region tables, turned from specs into the public `Place`/`Region` records. */

import { nominativeOf } from "./declension.js";
import type { Place, Region } from "./model.js";
import { REGIONS } from "./tables/regions.js";
import { RUSSIA } from "./tables/russia.js";
import type { PlaceSpec, RegionSpec } from "./tables/spec.js";
import {
  CHERKASY,
  CHERNIHIV,
  DNIPROPETROVSK,
  KIROVOHRAD,
  KYIV_CITY,
  KYIV_OBLAST,
  POLTAVA,
  SUMY,
  VINNYTSIA,
  ZHYTOMYR,
} from "./tables/ua-centre.js";
import { DONETSK, KHARKIV, LUHANSK } from "./tables/ua-east.js";
import { CRIMEA, KHERSON, MYKOLAIV, ODESA, SEVASTOPOL, ZAPORIZHZHIA } from "./tables/ua-south.js";
import {
  CHERNIVTSI,
  IVANO_FRANKIVSK,
  KHMELNYTSKYI,
  LVIV,
  RIVNE,
  TERNOPIL,
  VOLYN,
  ZAKARPATTIA,
} from "./tables/ua-west.js";

export const PLACE_SPECS: readonly PlaceSpec[] = [
  ...KYIV_CITY,
  ...KYIV_OBLAST,
  ...KHARKIV,
  ...DONETSK,
  ...LUHANSK,
  ...ZAPORIZHZHIA,
  ...KHERSON,
  ...MYKOLAIV,
  ...ODESA,
  ...DNIPROPETROVSK,
  ...SUMY,
  ...CHERNIHIV,
  ...POLTAVA,
  ...KIROVOHRAD,
  ...CHERKASY,
  ...VINNYTSIA,
  ...ZHYTOMYR,
  ...LVIV,
  ...VOLYN,
  ...RIVNE,
  ...TERNOPIL,
  ...IVANO_FRANKIVSK,
  ...ZAKARPATTIA,
  ...CHERNIVTSI,
  ...KHMELNYTSKYI,
  ...CRIMEA,
  ...SEVASTOPOL,
  ...RUSSIA,
];

export const REGION_SPECS: readonly RegionSpec[] = REGIONS;

export function toPlace(spec: PlaceSpec): Place {
  const uk = nominativeOf(spec.uk);
  const ru = nominativeOf(spec.ru);
  const alternatives = [
    ...(spec.en ?? []),
    ...(spec.ukAlt ?? []).map(nominativeOf),
    ...(spec.ruAlt ?? []).map(nominativeOf),
  ];
  const aliases = [...new Set(alternatives)].filter((a) => a !== spec.name && a !== uk && a !== ru);
  return Object.freeze({
    name: spec.name,
    country: spec.country,
    region: spec.region,
    lat: spec.lat,
    lon: spec.lon,
    population: spec.population,
    frontline: spec.front ?? false,
    uk,
    ru,
    aliases: Object.freeze(aliases) as string[],
  });
}

export function toRegion(spec: RegionSpec): Region {
  return Object.freeze({ name: spec.name, country: spec.country, centre: spec.centre, uk: spec.uk });
}
