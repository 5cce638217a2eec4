// Contoso's Entra ID directory: a few thousand members and guests with names from many languages, each with a
// home office and a usual device.
import type { DynamicValue } from '../../engine/api.ts';
import { DEMO_TENANT_DOMAIN, PERSONAS } from '../../config.ts';
import { WeightedChoice, type SeededRandom } from '../random.ts';
import { PLACES, type Place } from './places.ts';

export interface Device {
  /** SigninLogs.DeviceDetail. */
  detail: DynamicValue;
  userAgent: string;
  operatingSystem: string;
  browser: string;
}

export interface DirectoryUser {
  objectId: string;
  userPrincipalName: string;
  displayName: string;
  department: string;
  userType: 'Member' | 'Guest';
  home: Place;
  device: Device;
}

// "Display|ascii" where automatic accent folding cannot produce the UPN spelling.
const GIVEN_NAMES = [
  'Ana', 'André', 'Anna', 'Björn', 'Camille', 'Chloé', 'Daniel', 'Dmitri', 'Elif', 'Emma', 'Eva', 'François', 'Grace',
  'Hannah', 'Hiroshi', 'Inês', 'Isabella', 'Jakub', 'James', 'Javier', 'João', 'Jürgen', 'Karin', 'Kenji', 'Lars',
  'Laura', 'Léa', 'Lucas', 'Łukasz', 'Maja', 'María', 'Marek', 'Mateus', 'Mia', 'Mohammed', 'Nadia', 'Noah', 'Olga',
  'Oliver', 'Priya', 'Rafael', 'Ravi', 'Sakura', 'Sara', 'Sofia', 'Søren', 'Thomas', 'Tomasz', 'Yuki', 'Zoë', 'Zofia',
  'Ahmed', 'Aisha', 'Bruno', 'Carlos', 'David', 'Eleni', 'Fatima', 'Gabriel', 'Helena', 'Ivan', 'Jana', 'Kofi',
  'Leila', 'Marta', 'Nikolai', 'Omar', 'Paula', 'Quentin', 'Rosa', 'Samuel', 'Tanvi', 'Ugo', 'Valentina', 'Wei',
  'Xavier', 'Yara', 'Zainab', 'Megan', 'Adele', 'Diego', 'Alex',
];

const SURNAMES = [
  'Álvarez', 'Andersen', 'Bauer', 'Becker', 'Brown', 'Chen', 'Costa', 'Dubois', 'Fernández', 'García', 'Gonçalves',
  'Hansen', 'Hernández', 'Jensen', 'Johansson', 'Kim', 'Kowalski', 'Kumar', 'Larsen', 'Lefèvre', 'Lee', 'López',
  'Martin', 'Meier', 'Müller', 'Nowak', 'Novák', "O'Brien", 'Okafor', 'Papadopoulos', 'Patel', 'Pereira', 'Rossi',
  'Santos', 'Schmidt', 'Silva', 'Smith', 'Suzuki', 'Sánchez', 'Tanaka', 'Taylor', 'Wang', 'Weber', 'Williams',
  'Wiśniewski', 'Yamamoto', 'Zhang', 'Ødegaard', 'Şahin', 'Đorđević', 'Nguyễn', 'Jørgensen',
];

/** Names written in their own script, with the romanized UPN their owners chose. */
const NATIVE_SCRIPT_NAMES = ['田中 陽翔|haruto.tanaka', '佐藤 美咲|misaki.sato', '王 芳|fang.wang', '김민준|minjun.kim', 'Αλέξανδρος Παππάς|alexandros.pappas', 'Анна Смирнова|anna.smirnova'];

const DEPARTMENTS = ['Finance', 'Sales', 'Engineering', 'IT', 'Human Resources', 'Legal', 'Marketing', 'Operations', 'Customer Support', 'Research & Development'];

const PARTNER_DOMAINS = ['fabrikam.com', 'adventure-works.com', 'northwindtraders.com', 'tailspintoys.com'];

const SPECIAL_LETTERS: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', ı: 'i' };

/** "Łukasz Wiśniewski" → "lukasz.wisniewski": how the identity team builds UPNs. */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁøØđĐßæÆı]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

interface DeviceTemplate {
  operatingSystem: string;
  browser: string;
  userAgent: string;
  trustType: string;
  managed: boolean;
}

const DEVICE_TEMPLATES = new WeightedChoice<DeviceTemplate>([
  [{ operatingSystem: 'Windows10', browser: 'Edge 131.0.0', trustType: 'Azure AD joined', managed: true, userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0' }, 40],
  [{ operatingSystem: 'Windows10', browser: 'Chrome 131.0.0', trustType: 'Hybrid Azure AD joined', managed: true, userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36' }, 20],
  [{ operatingSystem: 'MacOs', browser: 'Safari 18.1', trustType: '', managed: false, userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15' }, 12],
  [{ operatingSystem: 'MacOs', browser: 'Firefox 133.0', trustType: 'Azure AD registered', managed: true, userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:133.0) Gecko/20100101 Firefox/133.0' }, 5],
  [{ operatingSystem: 'Ios', browser: 'Mobile Safari', trustType: 'Azure AD registered', managed: true, userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1' }, 10],
  [{ operatingSystem: 'Android', browser: 'Chrome Mobile 131.0.6778', trustType: '', managed: false, userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.104 Mobile Safari/537.36' }, 8],
  [{ operatingSystem: 'Linux', browser: 'Firefox 133.0', trustType: '', managed: false, userAgent: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0' }, 5],
]);

function createDevice(rng: SeededRandom, template: DeviceTemplate): Device {
  const detail: DynamicValue = template.managed
    ? {
        deviceId: rng.guid(),
        displayName: `CONTOSO-${template.operatingSystem === 'Windows10' ? 'LT' : 'MB'}-${rng.int(1000, 9999)}`,
        operatingSystem: template.operatingSystem,
        browser: template.browser,
        isCompliant: rng.chance(0.92),
        isManaged: true,
        trustType: template.trustType,
      }
    : { deviceId: '', operatingSystem: template.operatingSystem, browser: template.browser };
  return { detail, userAgent: template.userAgent, operatingSystem: template.operatingSystem, browser: template.browser };
}

const HOME_PLACES = new WeightedChoice<Place>(PLACES.filter((place) => place.share > 0).map((place) => [place, place.share]));

function splitNativeName(entry: string): { display: string; local: string } {
  const [display = entry, local = asciiFold(entry)] = entry.split('|');
  return { display, local };
}

/** Builds `count` users; the console's demo personas come first, as the most active people in the tenant. */
export function buildDirectory(rng: SeededRandom, count: number): DirectoryUser[] {
  const users: DirectoryUser[] = [];
  const taken = new Set<string>();
  const uniqueLocalPart = (base: string): string => {
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}${n}`;
    taken.add(candidate);
    return candidate;
  };
  const addUser = (displayName: string, localPart: string, objectId: string, userType: DirectoryUser['userType']): void => {
    const home = HOME_PLACES.sample(rng);
    users.push({
      objectId,
      displayName,
      userType,
      userPrincipalName: userType === 'Guest' ? `${localPart}#EXT#@${DEMO_TENANT_DOMAIN}` : `${localPart}@${DEMO_TENANT_DOMAIN}`,
      department: rng.pick(DEPARTMENTS),
      home,
      device: createDevice(rng, DEVICE_TEMPLATES.sample(rng)),
    });
  };

  for (const persona of PERSONAS.filter((p) => p.upn.endsWith(`@${DEMO_TENANT_DOMAIN}`))) {
    addUser(persona.displayName, uniqueLocalPart(persona.upn.split('@')[0] ?? persona.id), persona.objectId, 'Member');
  }
  for (const entry of NATIVE_SCRIPT_NAMES) {
    const { display, local } = splitNativeName(entry);
    addUser(display, uniqueLocalPart(local), rng.guid(), 'Member');
  }
  while (users.length < count) {
    const given = rng.pick(GIVEN_NAMES);
    const surname = rng.pick(SURNAMES);
    const displayName = `${given} ${surname}`;
    if (rng.chance(0.03)) {
      const partner = rng.pick(PARTNER_DOMAINS);
      addUser(displayName, uniqueLocalPart(`${asciiFold(given)}.${asciiFold(surname)}_${partner}`), rng.guid(), 'Guest');
    } else {
      addUser(displayName, uniqueLocalPart(`${asciiFold(given)}.${asciiFold(surname)}`), rng.guid(), 'Member');
    }
  }
  return users;
}
