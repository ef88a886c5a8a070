#include "CliCommon.h"
#include "core/engine/ModelSession.h"
#include "core/store/StoreError.h"
#include "core/util/ProcessEnvironment.h"

#include <QGuiApplication>
#include <cstdio>
#include <cstring>

namespace {

const char* kUsage =
    "usage: memescope-cli <command> [options]\n"
    "\n"
    "commands:\n"
    "  demo     write the synthetic AxiOM-style and RESTORE-style demo datasets\n"
    "  import   import a dataset file or folder into a project\n"
    "  export   write a project back in the original dataset layout\n"
    "  ocr      OCR every image of a project not done yet (Tesseract word boxes)\n"
    "  train    train a model (or the TF-IDF baseline) on a project; resumable; --nproc N: data-parallel\n"
    "  eval     score a trained run on a split of a project\n"
    "  predict  predict the labels of meme images with a trained run\n"
    "  ablate   run an ablation study (configs x seeds) and write its table\n"
    "  report   write a run's analysis report (HTML or PDF)\n"
    "  duplicates  memes that repeat each other (text and image) and the leaks across splits\n"
    "  compare  two runs on the same memes: differences with intervals and a significance test\n"
    "  split    list split schemes, or make one that keeps duplicate groups together (--group-duplicates)\n"
    "  explain  what drove a run's score on one meme: words and picture by relevance, IG or attention;\n"
    "           --faithfulness: how faithful each method's maps are (deletion, pointing game)\n"
    "  cache    the project's cache of frozen encoder features: list it, or delete it (--clear)\n"
    "  export-run  a run's curves as a TensorBoard event file (--tensorboard DIR)\n"
    "  info     versions, compute devices and BLAS throughput\n"
    "\n"
    "Run 'memescope-cli <command> --help' for a command's options. Exit codes: 0 success, 1 user error\n"
    "(bad file or option), 2 internal failure. --json prints one JSON object as the last line of stdout.\n";

} // namespace

int main(int argc, char** argv) {
    // Tesseract wants OMP_THREAD_LIMIT=1 (see ensureOcrFriendlyEnvironment), but the limit also caps
    // LibTorch's OpenMP pool: the commands that only train or score keep all cores for the model.
    const bool modelOnly =
        argc > 1 && (std::strcmp(argv[1], "train") == 0 || std::strcmp(argv[1], "eval") == 0 ||
                     std::strcmp(argv[1], "ablate") == 0 || std::strcmp(argv[1], "explain") == 0);
    if (!modelOnly) memescope::ensureOcrFriendlyEnvironment(argc, argv);
    // Fonts (demo rendering) need a QGuiApplication, but the CLI never shows a window: the offscreen platform
    // always, so a DISPLAY naming a server that is gone (an SSH session without its forwarding, a cluster
    // node) cannot abort a command.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    memescope::ensureRuntimeDirectory();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName("memescope-cli");
    QGuiApplication::setApplicationVersion(MEMESCOPE_VERSION);

    QStringList args = QGuiApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == "--help" || args.first() == "-h") {
        std::fputs(kUsage, args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? memescope::cli::kUserError : memescope::cli::kOk;
    }
    if (args.first() == "--version") {
        std::printf("memescope-cli %s\n", MEMESCOPE_VERSION);
        return 0;
    }
    const QString command = args.first();
    try {
        if (command == "demo") return memescope::cli::runDemo(args);
        if (command == "import") return memescope::cli::runImport(args);
        if (command == "export") return memescope::cli::runExport(args);
        if (command == "info") return memescope::cli::runInfo(args);
        if (command == "ocr") return memescope::cli::runOcr(args);
        if (command == "train") return memescope::cli::runTrain(args);
        if (command == "eval") return memescope::cli::runEval(args);
        if (command == "predict") return memescope::cli::runPredict(args);
        if (command == "ablate") return memescope::cli::runAblate(args);
        if (command == "report") return memescope::cli::runReport(args);
        if (command == "duplicates") return memescope::cli::runDuplicates(args);
        if (command == "compare") return memescope::cli::runCompare(args);
        if (command == "split") return memescope::cli::runSplit(args);
        if (command == "explain") return memescope::cli::runExplain(args);
        if (command == "cache") return memescope::cli::runCache(args);
        if (command == "export-run") return memescope::cli::runExportRun(args);
        std::fprintf(stderr, "memescope-cli: unknown command '%s'\n\n%s", qPrintable(command), kUsage);
        return memescope::cli::kUserError;
    } catch (const memescope::Error& e) { // bad input, a bad option, a file that cannot be read or written
        std::fprintf(stderr, "memescope-cli %s: error: %s\n", qPrintable(command), qPrintable(e.message()));
        return memescope::cli::kUserError;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "memescope-cli %s: internal error: %s\n", qPrintable(command), e.what());
        return memescope::cli::kInternalError;
    }
}
