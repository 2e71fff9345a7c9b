# The API image. Not built on the development machines (no Docker engine there):
# confirm `docker compose build` on first use.
#
# Two stages install from the lock file: one with every dependency, which compiles the
# TypeScript to dist/, and one with production dependencies only. The final stage holds
# those production dependencies and the compiled output, and nothing else.
FROM node:20-bookworm-slim AS toolchain
# better-sqlite3 compiles from source when no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./

FROM toolchain AS build
RUN npm ci --no-audit --no-fund
COPY . .
# The API, the command line, the web app it serves and the libraries they use (Nx builds a project's dependencies first).
RUN NX_DAEMON=false NX_NO_CLOUD=true npx nx run-many -t build -p api cli web

FROM toolchain AS production-dependencies
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV LEDGER_DATA_DIR=/data PORT=3000 HOST=0.0.0.0
COPY --from=production-dependencies /app/package.json /app/package-lock.json ./
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# `docker compose exec api node bin/compact-ledger.js token ...` runs the compiled command line.
COPY bin ./bin
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1)).catch(() => process.exit(1))"
# The V8 flags npm start gives the API (see "Memory" in README.md).
CMD ["node", "--max-semi-space-size=2", "dist/apps/api/src/main.js"]
