import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// Options are built per request: the secret and providers come from the validated environment.
type Context = { params: Promise<{ nextauth: string[] }> };
async function handler(request: Request, context: Context) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
