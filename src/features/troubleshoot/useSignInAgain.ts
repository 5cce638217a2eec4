// "Sign in again" from a diagnosis: the same interactive sign-in the connection bar starts, for the way the analyst
// is connected now. Null when it cannot be offered (a pasted token, or Entra sign-in not ready or not configured).
import { useConsole, useServices } from '../../app/ServicesContext';
import { selectIdentity } from '../../state/selectors';
import { signInWithDemo, signInWithEntra } from '../connection/connectionActions';
import { useEntraAuth } from '../connection/entraSession';

export function useSignInAgain(): (() => Promise<void>) | null {
  const services = useServices();
  const entra = useEntraAuth();
  const mode = useConsole(selectIdentity)?.mode ?? null;
  const { emulatorUrl } = services.config;
  if (mode === 'entra' && entra.status === 'ready') return () => signInWithEntra(services, entra.auth);
  if (mode === 'demo' && emulatorUrl !== null) return () => signInWithDemo(services, emulatorUrl);
  return null;
}
