#include "ProcessEnvironment.h"

#include <cstdlib>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace memescope {

void ensureOcrFriendlyEnvironment(int argc, char** argv) {
    (void)argc;
    if (std::getenv("OMP_THREAD_LIMIT") != nullptr) return;
    // A marker guards against an exec loop if the variable is stripped by something in between.
    if (std::getenv("MEMESCOPE_REEXECED") != nullptr) return;
    setenv("OMP_THREAD_LIMIT", "1", 1);
    setenv("MEMESCOPE_REEXECED", "1", 1);
    execv("/proc/self/exe", argv);
    // exec failed (no /proc?): carry on with the variable set for child processes at least.
}

void ensureRuntimeDirectory() {
    const char* current = std::getenv("XDG_RUNTIME_DIR");
    if (current != nullptr && *current != '\0') return;
    const char* tmp = std::getenv("TMPDIR");
    const std::string dir =
        std::string(tmp && *tmp ? tmp : "/tmp") + "/memescope-runtime-" + std::to_string(getuid());
    ::mkdir(dir.c_str(), 0700);
    setenv("XDG_RUNTIME_DIR", dir.c_str(), 1);
}

} // namespace memescope
