export { extractAid } from "./aid.js";
export { type AirDefenceFigures, extractAirDefence } from "./airDefence.js";
export { extractCasualties } from "./casualties.js";
export { extractTargets } from "./targets.js";
export { extractWeapons } from "./weapons.js";
