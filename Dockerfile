# syntax=docker/dockerfile:1
#
# SistemKerja web app image.
#   docker build -t sistemkerja .        (or: docker compose up --build)
#
# Why the runtime stage is Debian and not mcr.microsoft.com/dotnet/aspnet:10.0 itself:
# the .NET 10 images are Ubuntu 24.04 ("noble"); Microsoft ships no Debian images for .NET 10.
# On Ubuntu, `apt-get install chromium` only offers the snap wrapper, which cannot run in a container.
# So the runtime stage is Debian 12 (the distribution the app is developed and tested on, with its
# chromium package at /usr/bin/chromium) and takes the ASP.NET Core runtime unchanged from the
# official aspnet:10.0 image.

ARG DOTNET_VERSION=10.0

# ---- build ----------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
ARG TARGETARCH
WORKDIR /src

COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/

# One RUN for restore and publish so both use the same NuGet cache mount.
# A single runtime identifier keeps only that platform's native assets (e.g. Playwright's Node driver).
RUN --mount=type=cache,id=sistemkerja-nuget,target=/root/.nuget/packages \
    case "${TARGETARCH:-amd64}" in \
        arm64) rid=linux-arm64 ;; \
        *) rid=linux-x64 ;; \
    esac \
 && dotnet restore src/SistemKerja.Web/SistemKerja.Web.csproj -r "$rid" \
 && dotnet publish src/SistemKerja.Web/SistemKerja.Web.csproj -c Release -r "$rid" --self-contained false \
        --no-restore -p:UseAppHost=false -o /app/publish

# ---- ASP.NET Core runtime, taken from the official image -------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION} AS aspnet

# ---- runtime --------------------------------------------------------------------------------------
FROM debian:bookworm-slim AS final

# .NET runtime dependencies (as in the official Debian 12 runtime-deps image), Chromium and fonts
# for the HTML-to-PDF letters, curl for the health check.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        ca-certificates libc6 libgcc-s1 libicu72 libssl3 libstdc++6 tzdata zlib1g \
        chromium fonts-liberation curl \
 && rm -rf /var/lib/apt/lists/*

COPY --from=aspnet /usr/share/dotnet /usr/share/dotnet
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet

# Non-root user; same uid as the `app` user of the official images.
RUN groupadd --system --gid 1654 app \
 && useradd --system --uid 1654 --gid app --create-home --home-dir /home/app --shell /usr/sbin/nologin app

WORKDIR /app
COPY --from=build /app/publish .
# Uploaded files (Berkas__Folder) live in /app/data, a volume in docker-compose.yml.
RUN mkdir -p /app/data && chown app:app /app/data

ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_ROOT=/usr/share/dotnet \
    DOTNET_RUNNING_IN_CONTAINER=true \
    DOTNET_NOLOGO=true \
    LANG=C.UTF-8 \
    Berkas__Folder=/app/data

USER app
EXPOSE 8080
VOLUME ["/app/data"]

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS -o /dev/null http://127.0.0.1:8080/healthz || exit 1

ENTRYPOINT ["dotnet", "SistemKerja.Web.dll"]
