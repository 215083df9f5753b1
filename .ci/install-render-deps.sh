#!/usr/bin/env bash
# Installs the Debian packages that the render module's tests and headless recording need:
#   EGL + Mesa (llvmpipe software GL) for the surfaceless offscreen backend,
#   Xvfb + xauth + GLX for the GLFW window backend (fallback and the window test),
#   libOSMesa for the OSMesa backend (last fallback; its test forces it),
#   fonts so java.awt can rasterise the HUD font.
# Idempotent: only packages that are not installed yet are passed to apt-get; uses sudo only when not root.
set -euo pipefail

packages=(
    xvfb xauth
    libegl1 libegl-mesa0 libgl1-mesa-dri libgl1 libglx-mesa0 libgles2 libgbm1 libosmesa6
    libx11-6 libxrandr2 libxinerama1 libxcursor1 libxi6 libxxf86vm1
    fontconfig fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-render-deps: all ${#packages[@]} packages already installed"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
else
    echo "install-render-deps: need root or sudo to install: ${missing[*]}" >&2
    exit 1
fi

echo "install-render-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -q
"${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
