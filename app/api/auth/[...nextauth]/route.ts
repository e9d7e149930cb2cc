import NextAuth from "next-auth";
import { z } from "zod";
import { authOptions } from "@/lib/auth/options";
import { publicRoute } from "@/lib/server/route";

// Options are built per request: the secret and providers come from the validated environment.
// The wrapper answers a JSON body that does not parse with 400 before next-auth reads it.
const handler = publicRoute({ params: z.object({ nextauth: z.array(z.string()) }) }, ({ request, params }) =>
  NextAuth(authOptions())(request, { params: Promise.resolve(params) }),
);

export { handler as GET, handler as POST };
