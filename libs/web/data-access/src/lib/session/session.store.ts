import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import { Permission } from '@bc/shared/domain';
import { AppError } from '../errors/app-error';
import { Api } from '../graphql/api';
import type { MeFieldsFragment, UserFieldsFragment } from '../graphql/generated';
import { GraphqlClient } from '../graphql/graphql-client';
import { operations } from '../graphql/operations';
import { SIGN_IN_PATH } from './app-pages';
import { TasksStore } from './tasks.store';

export type SessionMe = MeFieldsFragment;
export type SessionStatus = 'unknown' | 'signed-in' | 'signed-out';

/**
 * Who is signed in, as the API says (`me`). The session itself is an httpOnly cookie the app
 * never sees; this store only mirrors the answer and drives navigation and language.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(Api);
  private readonly client = inject(GraphqlClient);
  private readonly router = inject(Router);
  private readonly tasks = inject(TasksStore);

  private readonly state = signal<{ status: SessionStatus; me: SessionMe | null }>({
    status: 'unknown',
    me: null,
  });
  private firstLoad: Promise<SessionMe | null> | null = null;

  readonly status = computed(() => this.state().status);
  readonly me = computed(() => this.state().me);
  readonly user = computed(() => this.state().me?.user ?? null);
  readonly organization = computed(() => this.state().me?.organization ?? null);
  readonly permissions = computed<readonly Permission[]>(() => this.state().me?.permissions ?? []);
  /** Why `me` could not be read, when it could not (the session then counts as signed out). */
  readonly loadError = signal<AppError | null>(null);

  can(permission: Permission): boolean {
    return this.permissions().includes(permission);
  }

  /** Resolves once the API has said who is signed in; asks it only the first time. */
  ensureLoaded(): Promise<SessionMe | null> {
    if (this.state().status !== 'unknown') {
      return Promise.resolve(this.state().me);
    }
    this.firstLoad ??= this.refresh();
    return this.firstLoad;
  }

  async refresh(): Promise<SessionMe | null> {
    try {
      const { MeGQL } = await operations();
      const data = await this.api.read(MeGQL);
      this.loadError.set(null);
      this.set(data.me);
    } catch (error) {
      this.loadError.set(error as AppError);
      this.set(null);
    }
    return this.state().me;
  }

  /** Throws an `AppError` (INVALID_CREDENTIALS, RATE_LIMITED, …) when the API refuses. */
  async signIn(email: string, password: string): Promise<SessionMe> {
    const { SignInGQL } = await operations();
    const data = await this.api.write(SignInGQL, { input: { email, password } });
    await this.client.clearStore();
    this.tasks.clear();
    this.set(data.signIn);
    return data.signIn;
  }

  async signOut(): Promise<void> {
    try {
      const { SignOutGQL } = await operations();
      await this.api.write(SignOutGQL);
    } finally {
      await this.forget();
      await this.router.navigateByUrl(SIGN_IN_PATH);
    }
  }

  /** After an operation that itself signs the user in (accepting an invitation). */
  signedIn(me: SessionMe): void {
    this.set(me);
  }

  /** After the user's own record changed (profile). */
  userChanged(user: UserFieldsFragment): void {
    const me = this.state().me;
    if (me && me.user.id === user.id) {
      this.set({ ...me, user });
    }
  }

  /** The API answered UNAUTHENTICATED to a signed-in user: the session expired or was ended. */
  async sessionEnded(): Promise<void> {
    if (this.state().status !== 'signed-in') {
      return;
    }
    const returnUrl = this.router.url;
    await this.forget();
    await this.router.navigate([SIGN_IN_PATH], { queryParams: { returnUrl } });
  }

  private async forget(): Promise<void> {
    this.set(null);
    this.tasks.clear();
    await this.client.clearStore();
  }

  private set(me: SessionMe | null): void {
    this.state.set({ status: me ? 'signed-in' : 'signed-out', me });
  }
}
