# syntax=docker/dockerfile:1
# One image for every role of the distributed stack: the role is the argument,
#   docker run gongkai api | ingest | project | relay | seed | start
# The platform runs its TypeScript through tsx (no compile step), so the image carries the
# workspace's sources and its installed node_modules.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- build: install the workspace exactly as the lockfile says ----------------------------------
FROM ${NODE_IMAGE} AS build
# Compilers only for native modules whose prebuilt binary cannot be fetched (better-sqlite3 and
# sqlite3 fall back to building from source); they stay in this stage.
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
# Test artefacts and caches the install may have left behind have no place in the runtime image.
RUN rm -rf .cache data test/artifacts

# --- runtime ------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
  HOST=0.0.0.0 \
  PORT=4000 \
  GONGKAI_DATA_DIR=/var/lib/gongkai
WORKDIR /app
# The `node` user (uid 1000) of the base image; files stay root-owned, so the process cannot
# change its own code. The data folder is the only place it writes (besides /tmp).
COPY --from=build --chown=root:root /app /app
RUN mkdir -p /var/lib/gongkai && chown node:node /var/lib/gongkai
USER 1000:1000
EXPOSE 4000
VOLUME ["/var/lib/gongkai"]
ENTRYPOINT ["node_modules/.bin/tsx","packages/platform/src/cli.ts"]
CMD ["start"]
