#pragma once

#include "core/util/JobContext.h"

namespace memescope {
class ProjectStore;
}

namespace memescope::duplicates {

// The leak-free test figures of every finished run again, under the project's current duplicate settings:
// after the settings change, a stored "0.64 on the 528 test memes that repeat no training meme" would rest
// on the old ones. Each run is scored from its stored test predictions and thresholds, on its own split
// scheme, against the memes' current labels; only its summary's leak-free part is replaced. Returns how
// many runs were updated (runs without stored predictions, e.g. scored by an older version, are left as
// they are). everyRun false: only the runs whose stored figures name other thresholds than the project's
// (left behind by a refresh that was cancelled, or never computed).
int refreshLeakFreeFigures(ProjectStore& store, const JobContext& job = {}, bool everyRun = true);

} // namespace memescope::duplicates
