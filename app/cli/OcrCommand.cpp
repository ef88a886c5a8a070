#include "CliCommon.h"
#include "ProgressBar.h"
#include "core/ocr/OcrJob.h"
#include "core/store/ProjectStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <optional>

namespace memescope::cli {
int runOcr(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "OCR every image of a project not done yet (Tesseract, meme-aware preprocessing), "
        "on all cores. Ctrl-C stops between images and keeps what was finished.");
    p.addOption({"project", "Project file (.memescope).", "FILE"});
    p.addOption({"force", "Redo images already done."});
    p.addOption({"threads", "Worker threads (default: all cores).", "N", "0"});
    p.addOption({"languages", "Tesseract languages, e.g. eng or eng+deu.", "LANGS", "eng"});
    p.addOption({"strategy", "auto, grey, inverted, white-text or adaptive.", "NAME", "auto"});
    p.addOption({"json", "Print a JSON summary as the last line."});
    parseOrThrow(p, args);
    if (!p.isSet("project")) throw UserError{"--project FILE is required"};
    bool ok = false;
    OcrJobOptions o;
    o.threads = p.value("threads").toInt(&ok);
    if (!ok || o.threads < 0) throw UserError{"--threads must be a non-negative integer"};
    o.force = p.isSet("force");
    o.settings.languages = p.value("languages");
    o.settings.strategy = p.value("strategy");
    const CliOutput out(p.isSet("json"));
    auto store = ProjectStore::open(p.value("project"), ProjectStore::Mode::OpenExisting);
    ProgressBar bar("OCR");
    std::optional<InterruptScope> interrupts(std::in_place);
    JobContext::Listener listener;
    listener.progress = [&](const JobProgress& jp) {
        const auto pr = jp.detail.value<OcrJobProgress>();
        bar.update(pr.done, pr.total, pr.failed ? QStringLiteral("%1 unreadable").arg(pr.failed) : QString());
    };
    const OcrJobSummary s = OcrJob::run(*store, o, out.job(listener));
    bar.finish();
    interrupts.reset();
    QString text =
        QStringLiteral(
            "OCR %1: %2 images recognised, %3 already done, %4 unreadable, in %5 s on %6 thread(s)")
            .arg(s.cancelled ? "cancelled" : "finished")
            .arg(s.processed)
            .arg(s.skipped)
            .arg(s.failed)
            .arg(s.seconds, 0, 'f', 1)
            .arg(s.threads);
    for (const QString& e : s.errors)
        text += "\n  unreadable: " + e;
    out.result({{"processed", s.processed},
                {"skipped", s.skipped},
                {"failed", s.failed},
                {"total", s.total},
                {"cancelled", s.cancelled},
                {"seconds", s.seconds},
                {"threads", s.threads},
                {"errors", QJsonArray::fromStringList(s.errors)}},
               text);
    return s.cancelled ? kUserError : kOk;
}

} // namespace memescope::cli
