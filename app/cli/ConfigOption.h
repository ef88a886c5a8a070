#pragma once

#include "core/ml/config/ModelConfig.h"

class QCommandLineParser;

namespace memescope::cli {

// The model config given by --preset, --config (inline JSON object or a .json file), --epochs, --seed and,
// where the command has them, --text-checkpoint / --image-checkpoint.
// JSON ends here: the engine receives the typed config. Throws UserError naming the file or the option.
ml::ModelConfig modelConfigFromOptions(const QCommandLineParser& parser);

} // namespace memescope::cli
