// The security stories the demo data tells, shared by every table that witnesses them: a password spray against
// Entra ID that ends with one compromised account, and an SSH brute force against the Linux bastion.
import type { SeededRandom } from '../random.ts';
import { TICKS_PER_DAY, TICKS_PER_HOUR, TICKS_PER_MINUTE } from '../time.ts';
import type { DirectoryUser } from './directory.ts';
import { FLEET, type Computer } from './fleet.ts';
import { placeByCity, type Place } from './places.ts';

export interface Burst {
  /** How long before now the burst started. */
  startAge: number;
  duration: number;
  attempts: number;
}

export interface PasswordSpray {
  ip: string;
  place: Place;
  userAgent: string;
  bursts: readonly Burst[];
  /** The accounts tried, in order of the attacker's list. */
  targets: readonly DirectoryUser[];
  /** The account whose password was guessed in the latest burst. */
  victim: DirectoryUser;
}

export interface SshBruteForce {
  ip: string;
  place: Place;
  target: Computer;
  bursts: readonly Burst[];
  usernames: readonly string[];
}

export interface Incidents {
  spray: PasswordSpray;
  ssh: SshBruteForce;
}

const SPRAY_TARGETS = 180;

export function planIncidents(rng: SeededRandom, users: readonly DirectoryUser[]): Incidents {
  const members = users.filter((user) => user.userType === 'Member');
  const targets = Array.from({ length: SPRAY_TARGETS }, () => rng.pick(members));
  const victim = targets[rng.int(0, targets.length)] ?? members[0];
  if (!victim) throw new Error('The directory has no members');
  const attackerPlace = placeByCity('București');
  const bastion = FLEET.find((computer) => computer.hostName === 'bastion-lnx-01');
  if (!bastion) throw new Error('The fleet has no bastion');
  return {
    spray: {
      ip: '203.0.113.66',
      place: attackerPlace,
      userAgent: 'python-requests/2.31.0',
      targets,
      victim,
      bursts: [
        { startAge: 3 * TICKS_PER_DAY + 4 * TICKS_PER_HOUR, duration: 20 * TICKS_PER_MINUTE, attempts: 220 },
        { startAge: 6 * TICKS_PER_HOUR, duration: 15 * TICKS_PER_MINUTE, attempts: 180 },
        { startAge: 40 * TICKS_PER_MINUTE, duration: 25 * TICKS_PER_MINUTE, attempts: 260 },
      ],
    },
    ssh: {
      ip: '198.51.100.23',
      place: attackerPlace,
      target: bastion,
      usernames: ['root', 'admin', 'ubuntu', 'oracle', 'test', 'postgres', 'git', 'azureuser', 'pi', 'user'],
      bursts: [
        { startAge: 5 * TICKS_PER_DAY, duration: 2 * TICKS_PER_HOUR, attempts: 400 },
        { startAge: 2 * TICKS_PER_HOUR, duration: 90 * TICKS_PER_MINUTE, attempts: 300 },
      ],
    },
  };
}
