// Syslog: what the Linux machines say — sshd, sudo, systemd, cron, the kernel firewall, nginx and kubelet — plus the
// SSH brute force against the bastion.
import type { Table } from '../../engine/api.ts';
import type { GenerationContext } from '../context.ts';
import { sprinkleNulls } from '../hostile.ts';
import { WeightedChoice, type SeededRandom } from '../random.ts';
import { stampStandardColumns, TableBuilder } from '../tableBuilder.ts';
import { columns, defineTable } from '../tableDefinition.ts';
import { burstAges, eventAges, mergeTimelines, ticksBefore, TICKS_PER_MILLISECOND } from '../time.ts';
import { LINUX_FLEET, type Computer } from '../world/fleet.ts';

const SCHEMA = columns(
  'TenantId:string', 'SourceSystem:string', 'TimeGenerated:datetime', 'Computer:string', 'EventTime:datetime',
  'Facility:string', 'HostName:string', 'SeverityLevel:string', 'SyslogMessage:string', 'ProcessID:int', 'HostIP:string',
  'ProcessName:string', 'CollectorHostName:string', 'Type:string', '_ResourceId:string',
);

export const SYSLOG = defineTable('Syslog', 'Syslog messages from Linux computers collected by the Azure Monitor Agent.', SCHEMA);

interface SyslogEvent {
  facility: string;
  severity: string;
  process: string;
  /** Kernel messages carry no process id. */
  hasPid: boolean;
  roles?: readonly Computer['role'][];
  render: (rng: SeededRandom, computer: Computer) => string;
}

const ADMIN_SOURCES = ['10.0.254.4', '10.1.254.10', '172.16.8.42'];
const SCANNERS = ['198.51.100.77', '203.0.113.150', '192.0.2.201'];
const PAGES = ['/', '/products', '/products/4711', '/cart/items', '/checkout', '/favicon.ico', '/.env', '/wp-login.php'];

function port(rng: SeededRandom): number {
  return rng.int(32768, 60999);
}

const EVENTS = new WeightedChoice<SyslogEvent>([
  [{ facility: 'authpriv', severity: 'info', process: 'sshd', hasPid: true, render: (r) => `Accepted publickey for azureuser from ${r.pick(ADMIN_SOURCES)} port ${port(r)} ssh2: RSA SHA256:${r.hex(20)}` }, 4],
  [{ facility: 'authpriv', severity: 'info', process: 'sshd', hasPid: true, render: () => 'pam_unix(sshd:session): session opened for user azureuser(uid=1000) by (uid=0)' }, 4],
  [{ facility: 'authpriv', severity: 'notice', process: 'sudo', hasPid: true, render: (r) => `azureuser : TTY=pts/${r.int(0, 4)} ; PWD=/home/azureuser ; USER=root ; COMMAND=${r.pick(['/usr/bin/apt-get update', '/usr/bin/systemctl restart nginx', '/usr/bin/journalctl -u kubelet --since "1 hour ago"', '/usr/bin/tail -n 200 /var/log/auth.log'])}` }, 2],
  [{ facility: 'daemon', severity: 'info', process: 'systemd', hasPid: true, render: (r) => r.pick([`Started Session ${r.int(100, 9999)} of User azureuser.`, 'Starting Daily apt download activities...', 'Finished Daily apt upgrade and clean activities.', 'Started Refresh fwupd metadata and update motd.', 'logrotate.service: Deactivated successfully.']) }, 10],
  [{ facility: 'cron', severity: 'info', process: 'CRON', hasPid: true, render: (r) => r.pick(['(root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)', '(root) CMD (   cd / && run-parts --report /etc/cron.hourly)', '(azureuser) CMD (/opt/backup/run.sh >> /var/log/backup.log 2>&1)']) }, 8],
  [{ facility: 'kern', severity: 'warning', process: 'kernel', hasPid: false, render: (r, computer) => `[UFW BLOCK] IN=eth0 OUT= MAC=00:0d:3a:${r.hex(2)}:${r.hex(2)}:${r.hex(2)}:12:34:56:78:9a:bc:08:00 SRC=${r.pick(SCANNERS)} DST=${computer.privateIp} LEN=60 TOS=0x00 PREC=0x00 TTL=${r.int(40, 120)} ID=${r.int(1, 65535)} DF PROTO=TCP SPT=${port(r)} DPT=${r.pick([22, 23, 3389, 5432, 6379, 8080])} WINDOW=64240 RES=0x00 SYN URGP=0` }, 6],
  [{ facility: 'kern', severity: 'err', process: 'kernel', hasPid: false, render: (r) => `Out of memory: Killed process ${r.int(1000, 60000)} (java) total-vm:${r.int(4_000_000, 9_000_000)}kB, anon-rss:${r.int(2_000_000, 4_000_000)}kB, file-rss:0kB, shmem-rss:0kB, UID:1001 pgtables:${r.int(4000, 12000)}kB oom_score_adj:0` }, 0.15],
  [{ facility: 'daemon', severity: 'err', process: 'dockerd', hasPid: true, roles: ['build', 'kubernetes'], render: () => 'level=error msg="Handler for GET /v1.43/containers/json returned error: context canceled"' }, 0.8],
  [{ facility: 'daemon', severity: 'warning', process: 'kubelet', hasPid: true, roles: ['kubernetes'], render: (r) => `E1122 ${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}.${r.int(100000, 999999)}    ${r.int(1000, 4000)} pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"orders-api\\" with CrashLoopBackOff: \\"back-off 5m0s restarting failed container=orders-api pod=orders-api-7d9f8b6c4-x2kq9_prod\\"" pod="prod/orders-api-7d9f8b6c4-x2kq9"` }, 3],
  [{ facility: 'local0', severity: 'info', process: 'nginx', hasPid: true, roles: ['web'], render: (r) => `${r.pick(SCANNERS.concat(ADMIN_SOURCES))} - - "GET ${r.pick(PAGES)} HTTP/1.1" ${r.pick([200, 200, 200, 304, 404])} ${r.int(150, 90000)} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"` }, 12],
  [{ facility: 'syslog', severity: 'info', process: 'rsyslogd', hasPid: true, render: (r) => `[origin software="rsyslogd" swVersion="8.2112.0" x-pid="${r.int(500, 2000)}" x-info="https://www.rsyslog.com"] rsyslogd was HUPed` }, 1],
]);

function sshAttackMessage(rng: SeededRandom, user: string, ip: string): { severity: string; message: string } {
  const sourcePort = port(rng);
  const roll = rng.next();
  if (roll < 0.4) return { severity: 'info', message: `Failed password for invalid user ${user} from ${ip} port ${sourcePort} ssh2` };
  if (roll < 0.7) return { severity: 'info', message: `Invalid user ${user} from ${ip} port ${sourcePort}` };
  if (roll < 0.95) return { severity: 'info', message: `Connection closed by invalid user ${user} ${ip} port ${sourcePort} [preauth]` };
  return { severity: 'err', message: `error: maximum authentication attempts exceeded for ${user} from ${ip} port ${sourcePort} ssh2 [preauth]` };
}

/** A machine that is still reporting at this age, able to log this event. */
function reporter(rng: SeededRandom, event: SyslogEvent, age: number): Computer {
  const able = LINUX_FLEET.filter((computer) => (!event.roles || event.roles.includes(computer.role)) && age >= (computer.silentForTicks ?? 0));
  return rng.pick(able.length > 0 ? able : LINUX_FLEET);
}

export function generateSyslog(ctx: GenerationContext, routineCount: number): Table {
  const { rng, now, world } = ctx;
  const ssh = world.incidents.ssh;
  const timeline = mergeTimelines([
    eventAges(rng, routineCount, now, { lastHour: 0.1, lastDay: 0.3 }),
    ...ssh.bursts.map((burst) => burstAges(rng, burst.startAge, burst.duration, burst.attempts)),
  ]);
  const rowCount = timeline.ages.length;
  const table = new TableBuilder(SCHEMA, rowCount);
  const c = table.columns;
  const pids = new Map<string, number>();
  const pidOf = (computer: Computer, process: string): number => {
    const key = `${computer.hostName}/${process}`;
    let pid = pids.get(key);
    if (pid === undefined) {
      pid = rng.int(300, 40000);
      pids.set(key, pid);
    }
    return pid;
  };
  for (let row = 0; row < rowCount; row++) {
    const age = timeline.ages[row] ?? 0;
    const generated = ticksBefore(now, age);
    let computer: Computer;
    if (timeline.source[row] === 0) {
      const event = EVENTS.sample(rng);
      computer = reporter(rng, event, age);
      c.Facility[row] = event.facility;
      c.SeverityLevel[row] = event.severity;
      c.ProcessName[row] = event.process;
      c.ProcessID[row] = event.hasPid ? pidOf(computer, event.process) : null;
      c.SyslogMessage[row] = event.render(rng, computer);
    } else {
      computer = ssh.target;
      const attempt = sshAttackMessage(rng, rng.pick(ssh.usernames), ssh.ip);
      c.Facility[row] = 'authpriv';
      c.SeverityLevel[row] = attempt.severity;
      c.ProcessName[row] = 'sshd';
      c.ProcessID[row] = rng.int(20000, 60000);
      c.SyslogMessage[row] = attempt.message;
    }
    c.TimeGenerated[row] = generated;
    c.EventTime[row] = generated - BigInt(rng.int(0, 2000) * TICKS_PER_MILLISECOND);
    c.Computer[row] = computer.hostName;
    c.HostName[row] = computer.hostName;
    c.HostIP[row] = computer.privateIp;
    c._ResourceId[row] = computer.resourceId.toLowerCase();
  }
  c.SourceSystem.fill('Linux');
  stampStandardColumns(table, SYSLOG.name, ctx.workspace.customerId);
  if (ctx.hostile) sprinkleNulls(c.EventTime, 4, rng);
  return table.toTable();
}
