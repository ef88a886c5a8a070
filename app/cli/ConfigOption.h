#pragma once

#include <QJsonObject>

class QCommandLineParser;

namespace memescope::cli {

// The model config given by --preset, --config (inline JSON object or a .json file), --epochs, --seed.
// Throws UserError naming the file or the option.
QJsonObject modelConfigFromOptions(const QCommandLineParser& parser);

} // namespace memescope::cli
