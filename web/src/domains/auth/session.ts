import { createContext, useCallback, useContext } from 'react';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ChangePasswordBody, LoginBody, Me, Permission } from '@wushe/common';
import { ApiError, api, onAuthProblem, setCsrfToken } from '../../platform/api';

export const ME_KEY = ['auth', 'me'] as const;

/** The signed-in user, or null when there is no session (401 is an answer here, not an error). */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api<Me>('/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

/** The session query; every guard and the header read it. */
export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Infinity, retry: false });
}

/**
 * Provided by RequireAuth. Pages read the session from here rather than from the query, so that on logout
 * they keep the last user until the guard unmounts them instead of rendering once with no user.
 */
export const SessionContext = createContext<Me | null>(null);

/** The signed-in user inside guarded pages. */
export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession outside RequireAuth');
  return me;
}

/** A predicate for menus and buttons: shows only what the role may use (the API enforces it anyway). */
export function useCan(): (permission: Permission) => boolean {
  const { data } = useMe();
  return useCallback((p: Permission) => !!data?.permissions.includes(p), [data]);
}

/** Wires the API client to the session: an expired session logs out, a forced password change redirects. */
export function bridgeAuthProblems(client: QueryClient): void {
  onAuthProblem((error) => {
    if (error.code === 'UNAUTHENTICATED') {
      setCsrfToken(null);
      client.setQueryData(ME_KEY, null);
    } else if (error.code === 'PASSWORD_CHANGE_REQUIRED') {
      client.setQueryData<Me | null>(ME_KEY, (me) => (me ? { ...me, mustChangePassword: true } : me));
    }
  });
}

/** Logs in; on success drops every cached answer of any previous user before storing the new session. */
export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => api<Me>('/auth/login', { method: 'POST', body }),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      client.removeQueries();
      client.setQueryData(ME_KEY, me);
    },
  });
}

/** Logs out; the local session is cleared even if the server call fails, so the user is never stuck. */
export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ ok: true }>('/auth/logout', { method: 'POST' }).catch(() => undefined),
    onSettled: () => {
      setCsrfToken(null);
      client.clear();
      client.setQueryData(ME_KEY, null);
    },
  });
}

/** Changes the password, then reloads the session so mustChangePassword (and the CSRF token) are fresh. */
export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => api<{ ok: true }>('/auth/password', { method: 'POST', body }),
    onSuccess: async () => {
      const me = await fetchMe();
      client.setQueryData(ME_KEY, me);
    },
  });
}
