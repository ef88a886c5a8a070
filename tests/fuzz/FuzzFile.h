#pragma once
// Writes a fuzzer input to a file the readers under test open by path (they take paths, like the user's
// files). One file per fuzzer process, on tmpfs when there is one, rewritten for every input.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <unistd.h>

namespace fuzz {

inline std::string inputPath(const char* suffix) {
    const char* dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    return std::string(dir) + "/memescope-fuzz-" + std::to_string(::getpid()) + suffix;
}

inline void writeInput(const std::string& path, const uint8_t* data, size_t size) {
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) std::abort();
    if (size && std::fwrite(data, 1, size, f) != size) std::abort();
    std::fclose(f);
}

} // namespace fuzz
