# The reference server, built in one stage and run from its production install in the next:
# plain node, no dev dependencies, a non-root user, SQLite in the /data volume (or PostgreSQL
# with DATABASE_URL). Configuration through the environment variables of docs/server.md.
#   docker build -t digiplein-server .
#   docker run -p 8080:8080 -v digiplein-data:/data digiplein-server
FROM node:20-bookworm-slim AS build
ENV PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 STORYBOOK_DISABLE_TELEMETRY=1 CI=true
# for better-sqlite3, should its prebuilt binary not download
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# the library and build/server/ (the server compiled, with the demo site and the library it serves)
RUN npm run build && cd build/server && npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=build --chown=node /app/build/server ./
RUN mkdir -p /data && chown node /data
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080 DATA_DIR=/data TRUST_PROXY=1
VOLUME /data
EXPOSE 8080
USER node
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:8080/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "server/main.js"]
