#pragma once

#include <cstdint>
#include <optional>

namespace memescope {

// The process's peak resident memory (Linux: VmHWM of /proc/self/status), for "how much memory did this
// run take": reset at the start of a run (Linux resets the mark when "5" is written to
// /proc/self/clear_refs), read at its end. Elsewhere, or without /proc, nullopt and false.
std::optional<int64_t> peakResidentBytes();
bool resetPeakResident();

} // namespace memescope
