# The Strategiegraph server, for use with docker-compose.yml (Neo4j runs in its own container).
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
EXPOSE 4000
USER node
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:4000/ready').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "node_modules/tsx/dist/cli.mjs", "src/main.ts"]
