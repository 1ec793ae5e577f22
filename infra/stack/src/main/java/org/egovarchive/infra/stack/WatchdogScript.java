package org.egovarchive.infra.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The shell script of a throwaway stack's watchdog. It finds the servers by their command-line markers
 * (not by pid files, which a start killed midway may not have written yet) and runs no Java, so it costs
 * nothing while it waits.
 */
final class WatchdogScript {

    private WatchdogScript() {
    }

    static String render(List<String> markers, List<Path> dirs) {
        String markerList = markers.stream().map(WatchdogScript::quote).collect(Collectors.joining(" "));
        String dirList = dirs.stream().map(dir -> quote(dir.toString())).collect(Collectors.joining(" "));
        return """
                #!/bin/bash
                # Watchdog of a throwaway egov stack: once its JVM is gone without having closed the stack
                # (SIGKILL, crash), stop the stack's servers and delete its files.
                owner=$1
                markers=(%s)
                while kill -0 "$owner" 2>/dev/null; do sleep 1; done
                signal_ours() {
                  local found=1 dir pid cmd marker
                  for dir in /proc/[0-9]*; do
                    pid=${dir#/proc/}
                    [ "$pid" = "$$" ] && continue
                    cmd=$(tr '\\0' ' ' < "$dir/cmdline" 2>/dev/null) || continue
                    for marker in "${markers[@]}"; do
                      if [[ "$cmd" == *"$marker"* ]]; then kill "-$1" "$pid" 2>/dev/null; found=0; fi
                    done
                  done
                  return $found
                }
                signal_ours TERM
                for _ in $(seq 1 30); do
                  signal_ours 0 || break
                  sleep 1
                done
                signal_ours KILL
                rm -rf %s
                """.formatted(markerList, dirList);
    }

    /** Single-quotes for bash. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
