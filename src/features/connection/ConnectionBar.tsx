// Placeholder until the connection feature lands: shows who is signed in.
import { useConsole } from '../../app/ServicesContext';
import { selectIdentity } from '../../state/selectors';

export function ConnectionBar() {
  const identity = useConsole(selectIdentity);
  return <div className="connection-bar">{identity ? `Signed in as ${identity.name}` : 'Not signed in'}</div>;
}
