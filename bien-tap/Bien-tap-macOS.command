#!/usr/bin/env bash
# Double-clicked on macOS: Terminal opens and runs the editor (see HUONG-DAN.txt).
exec bash "$(dirname "$0")/bien-tap.sh"
