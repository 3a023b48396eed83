/**
 * Google's encoded polyline format, from its maintained codec. The package has two builds:
 * Vite and vitest read its ES module (named exports only), while Node's own loader — the
 * build's config and tools/, run by tsx — reads its UMD main, which it sees as one default
 * export. Both get the same two functions from here.
 */
import * as codec from '@googlemaps/polyline-codec';

type Codec = Pick<typeof codec, 'encode' | 'decode'>;

// Reflect.get, not `codec.default`: the bundler rightly reports that the ES module has no default.
const lib: Codec = typeof codec.decode === 'function' ? codec : (Reflect.get(codec, 'default') as Codec);

export const { encode, decode } = lib;
