# The reference server with the built library, for a container platform or compose.yaml.
# Data: SQLite in /data (a volume), or PostgreSQL with DATABASE_URL. See docs/server.md.
FROM node:20-bookworm-slim
ENV PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 STORYBOOK_DISABLE_TELEMETRY=1 CI=true
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && mkdir -p /data && chown node /data
ENV HOST=0.0.0.0 PORT=8080 DATA_DIR=/data TRUST_PROXY=1
EXPOSE 8080
USER node
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:8080/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--import", "tsx", "server/main.ts"]
