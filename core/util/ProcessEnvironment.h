#pragma once

namespace memescope {

// Tesseract's OpenMP runtime reads OMP_THREAD_LIMIT once, when the library loads; setenv() in main() is
// too late and OCR then runs 4-6x slower. So every MemeScope executable calls this first: if the variable
// is missing it sets it and re-executes itself once (argv unchanged). Returns normally when the
// environment is already right or when re-exec is impossible (then OCR is merely slower).
void ensureOcrFriendlyEnvironment(int argc, char** argv);

// Qt warns on every start when XDG_RUNTIME_DIR is unset (common under sudo, cron and CI): point it at a
// private (0700) folder under /tmp in that case.
void ensureRuntimeDirectory();

} // namespace memescope
