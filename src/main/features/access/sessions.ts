/**
 * Each window or browser tab is a client with its own session: its workspace and its trainer mode. Sessions
 * live in memory only, so a restart of the app locks everything; a page reload makes a new client id, so it
 * starts locked too. A session that has been quiet for longer than the idle time loses its trainer mode and
 * leaves a protected workspace the next time it calls.
 */
export interface ClientSession {
  clientId: string;
  ambassadorId: string | null;
  trainerId: string | null;
  lastSeenMs: number;
}

/** Sessions kept at most; the longest-quiet one is forgotten first (a forgotten session simply starts locked). */
const MAX_SESSIONS = 500;

export interface SessionPolicy {
  idleMs(): number;
  /** Whether the workspace needs its PIN (and so is left when the session goes idle). */
  isProtected(ambassadorId: string): boolean;
  /** Where a new window starts: the laptop's owner, or the last unprotected workspace used on it. */
  startingWorkspace(): string | null;
}

export function createSessionStore(policy: SessionPolicy, nowMs: () => number) {
  const sessions = new Map<string, ClientSession>();

  const forgetOldest = () => {
    let oldest: ClientSession | null = null;
    for (const session of sessions.values()) if (!oldest || session.lastSeenMs < oldest.lastSeenMs) oldest = session;
    if (oldest) sessions.delete(oldest.clientId);
  };

  return {
    /** The client's session as of now (made fresh, or locked again after idle), and marks it as seen. */
    touch(clientId: string): ClientSession {
      const now = nowMs();
      let session = sessions.get(clientId);
      if (!session) {
        if (sessions.size >= MAX_SESSIONS) forgetOldest();
        session = { clientId, ambassadorId: policy.startingWorkspace(), trainerId: null, lastSeenMs: now };
        sessions.set(clientId, session);
      } else if (now - session.lastSeenMs > policy.idleMs()) {
        session.trainerId = null;
        if (session.ambassadorId && policy.isProtected(session.ambassadorId)) session.ambassadorId = null;
      }
      session.lastSeenMs = now;
      return session;
    },
    /** Every session showing this workspace (e.g. to close it everywhere when the ambassador is erased). */
    all: (): ClientSession[] => [...sessions.values()],
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
