// What a pasted token is, read from its claims as soon as it is pasted: audience, tenant, expiry, permissions and the
// issuing cloud, with every mismatch against the selected cloud spelled out. The token itself is never shown.
import { CLOUDS, type CloudDefinition } from '../../domain/clouds';
import { describeExpiry, logAnalyticsFitProblems, type TokenSummary } from '../../domain/tokenClaims';
import { formatUtc } from './formatUtc';

interface TokenClaimsSummaryProps {
  summary: TokenSummary;
  cloud: CloudDefinition;
  now: number;
}

export function TokenClaimsSummary({ summary, cloud, now }: TokenClaimsSummaryProps) {
  const problems = logAnalyticsFitProblems(summary, cloud, now);
  const permissions = [...summary.scopes, ...summary.roles.map((role) => `${role} (app role)`)];
  return (
    <section aria-label="Token details" className="token-summary">
      <dl className="facts">
        <dt>Audience</dt>
        <dd>{summary.audience ?? 'none'}</dd>
        <dt>Tenant</dt>
        <dd>{summary.tenantId ?? 'none'}</dd>
        <dt>Expires</dt>
        <dd>{summary.expiresAt === null ? 'no expiry claim' : `${describeExpiry(summary.expiresAt, now)} (${formatUtc(summary.expiresAt)})`}</dd>
        <dt>Permissions</dt>
        <dd>{permissions.length > 0 ? permissions.join(', ') : 'none'}</dd>
        <dt>Issuer cloud</dt>
        <dd>{summary.issuerClouds.length > 0 ? summary.issuerClouds.map((name) => CLOUDS[name].displayName).join(' or ') : `unknown (${summary.issuer ?? 'no issuer'})`}</dd>
        {(summary.subjectName ?? summary.username) && (
          <>
            <dt>Issued to</dt>
            <dd>{[summary.subjectName, summary.username].filter(Boolean).join(' · ')}</dd>
          </>
        )}
      </dl>
      {problems.length > 0 && (
        <ul className="warning token-problems" aria-label="Problems with this token">
          {problems.map((problem) => (
            <li key={problem.kind}>{problem.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
