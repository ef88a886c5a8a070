#pragma once

#include "core/util/Error.h"
#include "core/util/JobContext.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>

class QCommandLineParser;

namespace memescope {
class ProjectStore;
struct RunRecord;
} // namespace memescope

namespace memescope::cli {

// Exit codes of the CLI contract: 0 success, 1 user error (bad file or option), 2 internal failure.
enum ExitCode { kOk = 0, kUserError = 1, kInternalError = 2 };

// A mistake in the command line (a missing or malformed option); like every memescope::Error it exits 1.
class UserError : public Error {
public:
    using Error::Error;
};

// Progress and human-readable output go to stderr; with --json the last line on stdout is one JSON object.
class CliOutput {
public:
    explicit CliOutput(bool json)
        : json_(json) {}
    bool json() const { return json_; }
    void info(const QString& text) const;     // stderr when --json, else stdout
    void progress(const QString& text) const; // always stderr
    void result(const QJsonObject& object, const QString& humanText) const;
    // The context a command hands its engine: messages go to stderr unless `listener` says otherwise, and
    // Ctrl-C (while an InterruptScope lives) cancels it.
    JobContext job(JobContext::Listener listener = {}) const;

private:
    bool json_;
};

// Ctrl-C as a cancellation request while an instance lives: long commands (ocr, train, ablate) stop between
// steps and keep what is finished; the default handler comes back afterwards.
class InterruptScope {
public:
    InterruptScope();
    ~InterruptScope();
    static std::shared_ptr<std::atomic_bool> requested();
};

// A project for a command that only reads (eval, report, export, compare, duplicates): opened as usual, or,
// while another program holds it (the GUI, a training), read-only beside it, said on stderr.
std::unique_ptr<ProjectStore> openForReading(const QString& path, const CliOutput& out);

// A run named on the command line: its id in the project, or the folder it trained into. Unknown: a UserError
// listing the project's runs; with RunNeeds::Finished, one that has not finished is refused too.
enum class RunNeeds { Any, Finished };
RunRecord findRun(ProjectStore& store, const QString& given, const QString& project, RunNeeds needs);

// Parses `args` (the command's own, starting with the command name) and handles --help.
void parseOrThrow(QCommandLineParser& parser, const QStringList& args);

int runDemo(const QStringList& args);
int runImport(const QStringList& args);
int runExport(const QStringList& args);
int runInfo(const QStringList& args);
int runOcr(const QStringList& args);
int runTrain(const QStringList& args);
int runEval(const QStringList& args);
int runPredict(const QStringList& args);
int runAblate(const QStringList& args);
int runReport(const QStringList& args);
int runDuplicates(const QStringList& args);
int runCache(const QStringList& args);
int runCompare(const QStringList& args);
int runSplit(const QStringList& args);
int runExplain(const QStringList& args);
int runExportRun(const QStringList& args);

} // namespace memescope::cli
