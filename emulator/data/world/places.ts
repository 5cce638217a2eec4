// Where Contoso's people, machines and customers are. Public addresses come only from the documentation ranges
// (RFC 5737 TEST-NET-1/2/3 and RFC 3849 2001:db8::/32), so no real network ever appears in the demo.

export interface Place {
  city: string;
  state: string;
  /** ISO 3166 two-letter code, as in SigninLogs.Location. */
  countryCode: string;
  /** The English country name, as in Heartbeat.RemoteIPCountry and App*.ClientCountryOrRegion. */
  country: string;
  latitude: number;
  longitude: number;
  /** Relative share of Contoso's users working here. */
  share: number;
  /** Public IPv4 egress addresses of this place. */
  publicIPv4: readonly string[];
  /** The IPv6 prefix of this place (a /48 inside 2001:db8::/32). */
  ipv6Prefix: string;
}

type PlaceSpec = Omit<Place, 'publicIPv4' | 'ipv6Prefix'>;

const PLACE_SPECS: readonly PlaceSpec[] = [
  { city: 'Redmond', state: 'Washington', countryCode: 'US', country: 'United States', latitude: 47.674, longitude: -122.1215, share: 18 },
  { city: 'New York', state: 'New York', countryCode: 'US', country: 'United States', latitude: 40.7128, longitude: -74.006, share: 10 },
  { city: 'Chicago', state: 'Illinois', countryCode: 'US', country: 'United States', latitude: 41.8781, longitude: -87.6298, share: 5 },
  { city: 'London', state: 'England', countryCode: 'GB', country: 'United Kingdom', latitude: 51.5072, longitude: -0.1276, share: 9 },
  { city: 'Dublin', state: 'Dublin', countryCode: 'IE', country: 'Ireland', latitude: 53.3498, longitude: -6.2603, share: 4 },
  { city: 'Amsterdam', state: 'Noord-Holland', countryCode: 'NL', country: 'Netherlands', latitude: 52.3676, longitude: 4.9041, share: 4 },
  { city: 'Zürich', state: 'Zürich', countryCode: 'CH', country: 'Switzerland', latitude: 47.3769, longitude: 8.5417, share: 6 },
  { city: 'München', state: 'Bayern', countryCode: 'DE', country: 'Germany', latitude: 48.1351, longitude: 11.582, share: 6 },
  { city: 'Kraków', state: 'Małopolskie', countryCode: 'PL', country: 'Poland', latitude: 50.0647, longitude: 19.945, share: 7 },
  { city: 'Malmö', state: 'Skåne län', countryCode: 'SE', country: 'Sweden', latitude: 55.605, longitude: 13.0038, share: 2 },
  { city: 'São Paulo', state: 'São Paulo', countryCode: 'BR', country: 'Brazil', latitude: -23.5558, longitude: -46.6396, share: 6 },
  { city: 'Ciudad de México', state: 'Ciudad de México', countryCode: 'MX', country: 'Mexico', latitude: 19.4326, longitude: -99.1332, share: 2 },
  { city: 'Montréal', state: 'Québec', countryCode: 'CA', country: 'Canada', latitude: 45.5019, longitude: -73.5674, share: 3 },
  { city: '東京', state: '東京都', countryCode: 'JP', country: 'Japan', latitude: 35.6762, longitude: 139.6503, share: 5 },
  { city: 'Bengaluru', state: 'Karnataka', countryCode: 'IN', country: 'India', latitude: 12.9716, longitude: 77.5946, share: 6 },
  { city: 'Singapore', state: 'Singapore', countryCode: 'SG', country: 'Singapore', latitude: 1.3521, longitude: 103.8198, share: 2 },
  { city: 'Sydney', state: 'New South Wales', countryCode: 'AU', country: 'Australia', latitude: -33.8688, longitude: 151.2093, share: 2 },
  { city: 'İstanbul', state: 'İstanbul', countryCode: 'TR', country: 'Türkiye', latitude: 41.0082, longitude: 28.9784, share: 1 },
  { city: 'Reykjavík', state: 'Höfuðborgarsvæðið', countryCode: 'IS', country: 'Iceland', latitude: 64.1466, longitude: -21.9426, share: 1 },
  { city: 'Johannesburg', state: 'Gauteng', countryCode: 'ZA', country: 'South Africa', latitude: -26.2041, longitude: 28.0473, share: 1 },
  // Nobody at Contoso works here: the attackers' infrastructure.
  { city: 'București', state: 'București', countryCode: 'RO', country: 'Romania', latitude: 44.4268, longitude: 26.1025, share: 0 },
];

const DOCUMENTATION_NETWORKS = ['192.0.2', '198.51.100', '203.0.113'] as const;
const ADDRESSES_PER_PLACE = 12;
/** Spreads the places over all three networks, leaving gaps for one-off actors such as attackers. */
const PLACE_STRIDE = 36;

/** The n-th usable address across the three IPv4 documentation networks (hosts 1..254 of each). */
function documentationIPv4(index: number): string {
  const network = DOCUMENTATION_NETWORKS[Math.floor(index / 254) % DOCUMENTATION_NETWORKS.length] as string;
  return `${network}.${(index % 254) + 1}`;
}

export const PLACES: readonly Place[] = PLACE_SPECS.map((spec, placeIndex) => ({
  ...spec,
  publicIPv4: Array.from({ length: ADDRESSES_PER_PLACE }, (_, k) => documentationIPv4(placeIndex * PLACE_STRIDE + k)),
  ipv6Prefix: `2001:db8:${(0x100 + placeIndex).toString(16)}`,
}));

export function placeByCity(city: string): Place {
  const place = PLACES.find((candidate) => candidate.city === city);
  if (!place) throw new Error(`No place named ${city}`);
  return place;
}
