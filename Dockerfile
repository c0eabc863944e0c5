# The Strategiegraph server, for docker-compose.yml (Neo4j in its own container) and deploy/kubernetes/.
# Runs as the non-root user node (UID/GID 1000, numeric so that Kubernetes' runAsNonRoot can check it) and needs
# no writable file but /tmp (the Deployment mounts an emptyDir there and makes the root filesystem read-only).

# Stage 1: the production build (npm run build: src/ compiled to dist/, the dashboard bundled).
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY tsconfig.json ./
COPY scripts/build.ts scripts/build-info.mjs ./scripts/
COPY src ./src
RUN npm run build

# Stage 2: what runs: the compiled JavaScript, the runtime dependencies and the project's runtime files; no sources.
FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY bin ./bin
COPY scripts/entry.mjs scripts/build-info.mjs scripts/start.mjs ./scripts/
COPY cypher ./cypher
COPY data ./data
COPY operations ./operations
COPY schema ./schema
COPY --from=build /app/dist ./dist
ENV HOST=0.0.0.0 PORT=4000
# 4000: API, GraphiQL, dashboard, /health, /ready; 9464: /metrics when METRICS_PORT=9464 (deploy/kubernetes).
EXPOSE 4000 9464
USER 1000:1000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:4000/ready').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# The one line that starts the server: the compiled server (what NODE_ENV=production npm start runs).
CMD ["node", "dist/main.js"]
