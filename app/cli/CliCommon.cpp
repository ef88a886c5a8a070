#include "CliCommon.h"
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"
#include "core/store/StoreError.h"

#include <csignal>

#include <QCommandLineParser>
#include <QDir>
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

JobContext CliOutput::job(JobContext::Listener listener) const {
    if (!listener.message) listener.message = [this](const QString& m) { progress(m); };
    return JobContext(std::move(listener), InterruptScope::requested());
}

void parseOrThrow(QCommandLineParser& parser, const QStringList& args) {
    parser.addHelpOption();
    if (!parser.parse(args)) throw UserError{args.value(0) + ": " + parser.errorText()};
    if (parser.isSet("help")) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        std::exit(kOk);
    }
}

namespace {
std::atomic_bool gInterrupted{false};
void onInterrupt(int) {
    gInterrupted.store(true);
}
} // namespace

InterruptScope::InterruptScope() {
    std::signal(SIGINT, onInterrupt);
}

InterruptScope::~InterruptScope() {
    std::signal(SIGINT, SIG_DFL);
}

std::shared_ptr<std::atomic_bool> InterruptScope::requested() {
    return std::shared_ptr<std::atomic_bool>(&gInterrupted,
                                             [](std::atomic_bool*) {}); // a static: never freed
}

RunRecord findRun(ProjectStore& store, const QString& given, const QString& project, RunNeeds needs) {
    RunStore runs(store);
    bool isId = false;
    qint64 id = given.toLongLong(&isId);
    if (!isId) id = runs.findByDir(QDir(given).absolutePath());
    QStringList known;
    for (const RunRecord& r : runs.runs()) {
        if (r.id == id) {
            if (needs == RunNeeds::Finished && r.status != RunStatus::Finished)
                throw UserError{given + ": the run has not finished (" + runStatusToString(r.status) + ")"};
            return r;
        }
        known << QStringLiteral("%1 (%2)").arg(r.id).arg(QDir::toNativeSeparators(r.runDir));
    }
    throw UserError{given + ": no run of the project " + project +
                    (known.isEmpty() ? QString() : "; its runs: " + known.join(", "))};
}

std::unique_ptr<ProjectStore> openForReading(const QString& path, const CliOutput& out) {
    try {
        return ProjectStore::open(path, ProjectStore::Mode::OpenExisting);
    } catch (const StoreError& held) {
        std::unique_ptr<ProjectStore> store;
        try {
            store = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        } catch (const StoreError&) {
            throw held; // not a lock that read-only access gets past: the first problem is the one to say
        }
        out.progress("note: " + held.message() + "; reading it read-only beside its holder");
        return store;
    }
}

} // namespace memescope::cli
