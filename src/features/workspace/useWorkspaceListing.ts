import { useEffect, useState } from 'react';
import type { Connection } from '../../auth/connection';
import { workspaceListingOf, type WorkspaceListing } from './workspaceListing';

export type ListingState =
  | { status: 'unavailable'; reason: 'signed-out' | 'no-resource-manager' }
  | { status: 'loading' }
  | WorkspaceListing;

/** The connection's workspace listing, loaded when first asked for; `refresh()` fetches it again. */
export function useWorkspaceListing(connection: Connection | null): { listing: ListingState; refresh(): void } {
  const [generation, setGeneration] = useState(0);
  const [loaded, setLoaded] = useState<{ connection: Connection; generation: number; listing: WorkspaceListing } | null>(null);
  useEffect(() => {
    if (!connection || connection.resourceManagerEndpoint === null) return;
    let live = true;
    void workspaceListingOf(connection, generation > 0).then((listing) => {
      if (live) setLoaded({ connection, generation, listing });
    });
    return () => {
      live = false;
    };
  }, [connection, generation]);

  const refresh = () => setGeneration((current) => current + 1);
  if (!connection) return { listing: { status: 'unavailable', reason: 'signed-out' }, refresh };
  if (connection.resourceManagerEndpoint === null) return { listing: { status: 'unavailable', reason: 'no-resource-manager' }, refresh };
  const current = loaded?.connection === connection && loaded.generation === generation ? loaded.listing : null;
  return { listing: current ?? { status: 'loading' }, refresh };
}
