# The Strategiegraph server, for docker-compose.yml (Neo4j in its own container) and deploy/kubernetes/.
# Runs as the non-root user node (UID/GID 1000, numeric so that Kubernetes' runAsNonRoot can check it) and needs
# no writable file but /tmp (the Deployment mounts an emptyDir there and makes the root filesystem read-only).
FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY bin ./bin
COPY cypher ./cypher
COPY data ./data
COPY operations ./operations
COPY schema ./schema
COPY src ./src
COPY tsconfig.json ./
ENV HOST=0.0.0.0 PORT=4000
# 4000: API, GraphiQL, dashboard, /health, /ready; 9464: /metrics when METRICS_PORT=9464 (deploy/kubernetes).
EXPOSE 4000 9464
USER 1000:1000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:4000/ready').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# The one line that starts the server. Until the production build exists it runs the TypeScript sources through
# tsx; the compiled server (npm run build) replaces exactly this line, e.g. CMD ["node", "dist/main.js"].
CMD ["node", "node_modules/tsx/dist/cli.mjs", "src/main.ts"]
