#!/usr/bin/env sh
# Runs before `npm test` (npm's pretest): the dashboard's end-to-end test drives Debian's Chromium through
# playwright-core, which downloads no browser of its own. Installs it with apt when it is missing.
[ -x /usr/bin/chromium ] && exit 0
echo "Installing Debian's chromium for the dashboard's end-to-end test …"
SUDO=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo -n"
if $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null; then
  echo "chromium installed."
else
  echo "Could not install chromium (apt-get); the dashboard's end-to-end test will fail." >&2
fi
exit 0
