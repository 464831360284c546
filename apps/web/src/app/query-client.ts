import { QueryClient } from '@tanstack/react-query';
import { isProblem } from '../api/problem';

/** The console's one query cache; the router reaches it too, to start a page's data with its code. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A refusal (4xx) will not change by asking again; a network error or 5xx may.
      retry: (count, error) => count < 2 && !(isProblem(error) && error.status < 500),
      refetchOnWindowFocus: true,
    },
  },
});
