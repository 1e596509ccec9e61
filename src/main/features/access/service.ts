import {
  DEFAULT_IDLE_MINUTES,
  idleMinutesSchema,
  LAPTOP_KINDS,
  type AccessState,
  type LaptopKind,
  type WorkspaceEntry,
} from '../../../shared/features/access/schemas';
import { displayName, publicName, type Ambassador } from '../../../shared/features/ambassadors/schemas';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../../backend/context';
import type { Viewer } from '../../backend/handler-types';
import { createAmbassadorRepository } from '../ambassadors/repository';
import { createSettingRepository } from '../settings/repository';
import type { SettingsService } from '../settings/service';
import { createGuessGuard } from './guess-guard';
import { createAccessRepository } from './repository';
import { hashSecret, verifySecret } from './secrets';
import { createSessionStore, type ClientSession } from './sessions';

const KIND_KEY = 'access.laptopKind';
const IDLE_KEY = 'access.idleMinutes';

/**
 * Who is at the keyboard, per window: the open workspace and trainer mode, and the secrets that guard them.
 * The permission table (src/main/backend/permissions.ts) asks `viewer()` on every call; nothing here trusts
 * the screen.
 */
export function createAccessService(ctx: ServiceContext, settings: SettingsService) {
  const repo = ctx.repo(createAccessRepository);
  const ambassadors = ctx.repo(createAmbassadorRepository);
  const stored = ctx.repo(createSettingRepository);
  const guesses = createGuessGuard(repo, ctx.clock);

  const laptopKind = (): LaptopKind | null => {
    const value = stored.get(KIND_KEY);
    return LAPTOP_KINDS.find((k) => k === value) ?? null;
  };
  const idleMinutes = (): number => {
    const parsed = idleMinutesSchema.safeParse(stored.get(IDLE_KEY));
    return parsed.success ? parsed.data : DEFAULT_IDLE_MINUTES;
  };
  const active = (): Ambassador[] => ambassadors.list(false);
  const isProtected = (ambassadorId: string) => repo.workspacePin(ambassadorId) !== null;
  /** On someone's own laptop, that person: the first profile made on it that is still in use. */
  const owner = (): Ambassador | undefined => [...active()].sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];

  const sessions = createSessionStore(
    {
      idleMs: () => idleMinutes() * 60_000,
      isProtected,
      startingWorkspace() {
        if (laptopKind() === 'own') {
          const person = owner();
          return person && !isProtected(person.id) ? person.id : null;
        }
        const last = settings.get().currentAmbassadorId;
        const person = last ? ambassadors.get(last) : undefined;
        return person && !person.archivedAt && !isProtected(person.id) ? person.id : null;
      },
    },
    () => Date.parse(ctx.clock.now()),
  );

  const sessionOf = (viewer: Viewer): ClientSession => sessions.touch(viewer.clientId);

  const toViewer = (session: ClientSession): Viewer => {
    const trainer = session.trainerId ? repo.trainer(session.trainerId) : undefined;
    // A workspace whose profile was archived or removed meanwhile is closed.
    const person = session.ambassadorId ? ambassadors.get(session.ambassadorId) : undefined;
    if (!person) session.ambassadorId = null;
    if (!trainer) session.trainerId = null;
    return {
      clientId: session.clientId,
      ambassadorId: session.ambassadorId,
      trainer: trainer ? { id: trainer.id, name: trainer.name } : null,
    };
  };

  const state = (viewer: Viewer): AccessState => ({
    laptopKind: laptopKind(),
    ambassadorId: viewer.ambassadorId,
    trainer: viewer.trainer,
    trainerSecretSet: repo.trainers().length > 0,
    workspaceProtected: viewer.ambassadorId ? isProtected(viewer.ambassadorId) : false,
    idleMinutes: idleMinutes(),
  });

  const requireTrainer = (viewer: Viewer, what: string) => {
    if (!viewer.trainer) throw new AppError('FORBIDDEN', `Only a trainer can ${what}. Unlock trainer mode first.`);
  };

  const verifyTrainer = async (secret: string): Promise<string | null> => {
    for (const trainer of repo.trainers()) {
      if (trainer.secret && (await verifySecret(secret, trainer.secret))) return trainer.id;
    }
    return null;
  };

  return {
    laptopKind,
    /** The caller's identity as of now, after idle locking: what the permission table decides with. */
    viewer(clientId: string): Viewer {
      return toViewer(sessions.touch(clientId));
    },
    state,
    /** Who can be chosen in the switcher. Others appear only by their public name. */
    workspaces(viewer: Viewer): WorkspaceEntry[] {
      const people =
        laptopKind() === 'own' && !viewer.trainer ? [owner()].filter((a): a is Ambassador => !!a) : active();
      const pinned = repo.protectedWorkspaces();
      return people.map((a) => ({
        ambassadorId: a.id,
        name: viewer.trainer || a.id === viewer.ambassadorId ? displayName(a) : publicName(a),
        protected: pinned.has(a.id),
        cohortId: a.cohortId,
      }));
    },
    async enter(viewer: Viewer, ambassadorId: string, pin?: string): Promise<AccessState> {
      const person = ambassadors.get(ambassadorId);
      if (!person || (person.archivedAt && !viewer.trainer)) {
        throw new AppError('NOT_FOUND', 'That ambassador is not on this laptop (or their profile is archived).');
      }
      if (laptopKind() === 'own' && !viewer.trainer && owner()?.id !== ambassadorId) {
        throw new AppError(
          'FORBIDDEN',
          'This laptop belongs to one ambassador; other people’s work is not opened here.',
        );
      }
      const secret = repo.workspacePin(ambassadorId);
      if (secret && !viewer.trainer && viewer.ambassadorId !== ambassadorId) {
        if (!pin) throw new AppError('FORBIDDEN', 'This workspace is protected. Type its PIN to open it.');
        await guesses.check(`workspace:${ambassadorId}`, () => verifySecret(pin, secret), 'That PIN is not right.');
      }
      const session = sessionOf(viewer);
      session.ambassadorId = ambassadorId;
      // New windows start here, unless this workspace is protected.
      if (!secret) settings.update({ currentAmbassadorId: ambassadorId });
      return state(toViewer(session));
    },
    async unlockTrainer(viewer: Viewer, secret: string): Promise<AccessState> {
      if (repo.trainers().length === 0) {
        throw new AppError(
          'CONFLICT',
          'Trainer mode is not set up on this laptop yet. Set a trainer name and secret first.',
        );
      }
      let found: string | null = null;
      await guesses.check(
        'trainer',
        async () => (found = await verifyTrainer(secret)) !== null,
        'That PIN or passphrase is not right. Trainer mode stays locked.',
      );
      const session = sessionOf(viewer);
      session.trainerId = found;
      return state(toViewer(session));
    },
    lock(viewer: Viewer): AccessState {
      const session = sessionOf(viewer);
      session.trainerId = null;
      if (session.ambassadorId && isProtected(session.ambassadorId)) session.ambassadorId = null;
      return state(toViewer(session));
    },
    leaveTrainer(viewer: Viewer): AccessState {
      const session = sessionOf(viewer);
      session.trainerId = null;
      return state(toViewer(session));
    },
    async addTrainer(viewer: Viewer, name: string, secret: string): Promise<AccessState> {
      const first = repo.trainers().length === 0;
      if (!first) requireTrainer(viewer, 'add another trainer');
      const id = ctx.ids();
      repo.addTrainer(id, name.trim(), await hashSecret(secret), ctx.clock.now());
      const session = sessionOf(viewer);
      // Whoever sets up the first trainer is that trainer, so the first run goes on in trainer mode.
      if (first) session.trainerId = id;
      return state(toViewer(session));
    },
    async updateTrainer(viewer: Viewer, change: { name?: string; secret?: string }): Promise<AccessState> {
      requireTrainer(viewer, 'change a trainer’s name or secret');
      const trainer = viewer.trainer ? repo.trainer(viewer.trainer.id) : undefined;
      if (!trainer?.secret) throw new AppError('NOT_FOUND', 'That trainer is no longer on this laptop.');
      const secret = change.secret ? await hashSecret(change.secret) : trainer.secret;
      repo.updateTrainer(trainer.id, change.name?.trim() ?? trainer.name, secret, ctx.clock.now());
      return state(toViewer(sessionOf(viewer)));
    },
    async setWorkspacePin(viewer: Viewer, pin: string | null, currentPin?: string): Promise<AccessState> {
      const ambassadorId = viewer.ambassadorId;
      if (!ambassadorId) throw new AppError('CONFLICT', 'Open your workspace first, then protect it.');
      const existing = repo.workspacePin(ambassadorId);
      if (existing && !viewer.trainer) {
        if (!currentPin) throw new AppError('FORBIDDEN', 'Type your current PIN to change it.');
        await guesses.check(
          `workspace:${ambassadorId}`,
          () => verifySecret(currentPin, existing),
          'That PIN is not right, so nothing changed.',
        );
      }
      repo.setWorkspacePin(ambassadorId, pin === null ? null : await hashSecret(pin), ctx.clock.now());
      return state(toViewer(sessionOf(viewer)));
    },
    setLaptopKind(viewer: Viewer, kind: LaptopKind): AccessState {
      if (laptopKind() !== null || settings.get().onboarded)
        requireTrainer(viewer, 'change what kind of laptop this is');
      if (kind === 'own' && active().length > 1) {
        throw new AppError(
          'CONFLICT',
          `This laptop holds the work of ${active().length} ambassadors, so it stays shared. Archive the others first.`,
        );
      }
      stored.set(KIND_KEY, kind, ctx.clock.now());
      return state(toViewer(sessionOf(viewer)));
    },
    setIdleMinutes(viewer: Viewer, minutes: number): AccessState {
      const ownersLaptop =
        laptopKind() === 'own' && viewer.ambassadorId !== null && viewer.ambassadorId === owner()?.id;
      if (!ownersLaptop) requireTrainer(viewer, 'change when windows lock');
      stored.set(IDLE_KEY, minutes, ctx.clock.now());
      return state(toViewer(sessionOf(viewer)));
    },
    /** The sample cohort holds several people, so a laptop that had not chosen yet becomes a shared one. */
    sharedIfUndecided(): void {
      if (laptopKind() === null) stored.set(KIND_KEY, 'shared', ctx.clock.now());
    },
    /** After a profile is deleted for good, no window keeps it open (each then asks who is at the keyboard). */
    closeEverywhere(ambassadorId: string): void {
      for (const session of sessions.all()) if (session.ambassadorId === ambassadorId) session.ambassadorId = null;
    },
    /** A profile made in this window becomes its workspace (the first run, "Add myself"). */
    opened(viewer: Viewer, ambassadorId: string): void {
      const session = sessionOf(viewer);
      session.ambassadorId = ambassadorId;
      if (!isProtected(ambassadorId)) settings.update({ currentAmbassadorId: ambassadorId });
    },
  };
}

export type AccessService = ReturnType<typeof createAccessService>;
