# syntax=docker/dockerfile:1
# One image for every role of the distributed stack: the role is the argument,
#   docker run gongkai api | ingest | project | relay | seed | start
# The CLI is built once to JavaScript (scripts/build.mjs, esbuild) in the build stage; the runtime
# stage holds that build and the production dependencies of @gongkai/platform only (the native
# modules the bundle leaves outside: better-sqlite3, the KurrentDB client), no TypeScript, no tsx.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- build: install the workspace exactly as the lockfile says, then build the CLI ---------------
FROM ${NODE_IMAGE} AS build
# Compilers only for native modules whose prebuilt binary cannot be fetched (better-sqlite3 and
# sqlite3 fall back to building from source); they stay in the build stages.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
  && rm -rf /var/lib/apt/lists/*
# Node 20's bundled corepack predates npm's signing-key rotation ("No compatible signature found"):
# a current corepack, then the pnpm version package.json pins (packageManager).
RUN npm install --global corepack@0.36.0 && corepack enable
WORKDIR /app
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
RUN corepack install
# `pnpm fetch` needs only the lockfile: this layer is rebuilt when dependencies change, not code.
RUN --mount=type=cache,id=pnpm-store,target=/root/.local/share/pnpm/store \
  pnpm fetch
COPY . .
RUN --mount=type=cache,id=pnpm-store,target=/root/.local/share/pnpm/store \
  pnpm install --frozen-lockfile --offline
RUN node scripts/build.mjs

# --- production dependencies: @gongkai/platform's, without any devDependency (testkit is one) -----
FROM build AS production
RUN rm -rf node_modules packages/*/node_modules test/node_modules
RUN --mount=type=cache,id=pnpm-store,target=/root/.local/share/pnpm/store \
  pnpm install --frozen-lockfile --offline --prod --filter "@gongkai/platform..." --filter "!@gongkai/testkit"
# Only the build, the package manifests and the installed modules go on: no sources, tests, caches.
RUN mkdir /runtime \
  && cp -a package.json node_modules /runtime/ \
  && for dir in packages/*/; do \
       mkdir -p "/runtime/$dir" && cp -a "$dir/package.json" "/runtime/$dir"; \
       if [ -d "$dir/node_modules" ]; then cp -a "$dir/node_modules" "/runtime/$dir"; fi; \
     done \
  && cp -a packages/platform/dist /runtime/packages/platform/dist

# --- runtime ------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
  HOST=0.0.0.0 \
  PORT=4000 \
  GONGKAI_DATA_DIR=/var/lib/gongkai
WORKDIR /app
# The `node` user (uid 1000) of the base image; files stay root-owned, so the process cannot
# change its own code. The data folder is the only place it writes (besides /tmp).
COPY --from=production --chown=root:root /runtime /app
RUN mkdir -p /var/lib/gongkai && chown node:node /var/lib/gongkai
USER 1000:1000
EXPOSE 4000
VOLUME ["/var/lib/gongkai"]
ENTRYPOINT ["node","packages/platform/dist/cli.mjs"]
CMD ["start"]
