# syntax=docker/dockerfile:1
# archivist: the HTTP server and the CLI in one image. The CLI and its parse workers run from
# esbuild bundles of the TypeScript (src/runtime/bundle.mjs), built below while the code is still
# writable; better-sqlite3's native addon is built in the first stage where the toolchain lives.

# ---- 1. deps: production node_modules (npm ci --omit=dev), compilers for better-sqlite3 ----
# Pinned Node 20 release on Debian bookworm slim; bump deliberately (better-sqlite3 12.x needs 20).
FROM node:20.20.2-bookworm-slim AS deps
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# Node 20's npm (10.x) runs install scripts; package.json's allowScripts covers npm 11.
RUN npm ci --omit=dev --no-audit --no-fund \
 && npm cache clean --force

# ---- 2. runtime: the same Node, no compilers, no dev dependencies, not root ----
FROM node:20.20.2-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    ARCHIVIST_DATA_DIR=/data
WORKDIR /app
# Code stays owned by root (read-only for the app); only /data is the app user's.
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json ./
COPY bin ./bin
COPY src ./src
COPY scrapers ./scrapers
COPY config ./config
COPY demo ./demo
# The bundles, built as root into node_modules/.cache: at start the app finds them up to date and
# needs no write to the (root-owned) code.
RUN node src/runtime/bundle.mjs
# /run/archivist: where the compose meili-key step leaves the app's Meilisearch key (a volume)
RUN mkdir -p /data /run/archivist && chown node:node /data /run/archivist
# `node` (uid 1000) ships with the official image.
USER node
VOLUME ["/data"]
EXPOSE 3000
# Node 20 has fetch; the slim image has no curl. /healthz answers while the process is alive.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "bin/archivist.js", "serve"]
