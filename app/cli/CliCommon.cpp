#include "CliCommon.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <cstdio>

namespace memescope::cli {

void CliOutput::info(const QString& text) const {
    std::fputs((text + '\n').toLocal8Bit().constData(), json_ ? stderr : stdout);
}

void CliOutput::progress(const QString& text) const {
    std::fputs((text + '\n').toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

void CliOutput::result(const QJsonObject& object, const QString& humanText) const {
    if (json_) {
        if (!humanText.isEmpty()) std::fputs((humanText + '\n').toLocal8Bit().constData(), stderr);
        std::fputs((QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n').constData(), stdout);
    } else {
        std::fputs((humanText + '\n').toLocal8Bit().constData(), stdout);
    }
    std::fflush(stdout);
}

void parseOrThrow(QCommandLineParser& parser, const QStringList& args) {
    parser.addHelpOption();
    if (!parser.parse(args)) throw UserError{args.value(0) + ": " + parser.errorText()};
    if (parser.isSet("help")) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        std::exit(kOk);
    }
}

} // namespace memescope::cli
