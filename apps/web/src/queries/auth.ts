import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, CONSOLE_HEADER, ok } from '../api/client';
import { setSession } from '../auth/session';

/** POST /auth/login: the access token and who signed in (the refresh token is a cookie). */
export function useLogin() {
  return useMutation({
    mutationFn: (credentials: { username: string; password: string }) => ok(api.POST('/auth/login', { body: credentials })),
    onSuccess: (res) => setSession({ accessToken: res.accessToken, user: res.user }),
  });
}

/** POST /auth/logout, then forget everything this tab knew. */
export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      // The session ends here whatever the server says (it may already have ended it).
      await api.POST('/auth/logout', { params: { header: CONSOLE_HEADER } }).catch(() => undefined);
    },
    onSettled: () => {
      setSession(null);
      qc.clear();
    },
  });
}
