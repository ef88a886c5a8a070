#pragma once
// The process's peak resident memory so far, in MB (the benchmarks print it beside their tables).
#include <sys/resource.h>

inline long peakRssMb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}
