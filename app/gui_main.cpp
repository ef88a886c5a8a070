#include "core/engine/RunTraining.h"
#include "core/store/RunStore.h"
#include "core/util/DisplayCheck.h"
#include "core/util/ProcessEnvironment.h"
#include "ui/browser/BrowserView.h"
#include "ui/browser/SampleTableModel.h"
#include "ui/main/Language.h"
#include "ui/main/MainWindow.h"
#include "ui/main/RunSelector.h"
#include "ui/session/ProjectSession.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace {

void addOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription("MemeScope: a workbench for mental-health meme research");
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("project", "A .memescope project to open");
    parser.addOption({"run", "Select this run (its id, its name, or 'latest') once the project is open.", "RUN"});
    parser.addOption({"select", "Select this sample (its id) once the project is open.", "SAMPLE"});
    parser.addOption({"table", "Start in the table view instead of the gallery."});
    parser.addOption({"show",
                      "Bring a panel forward: training, analysis, jobs, ablation, embeddings, tsne, "
                      "agreement, duplicates, train (the Train a Model dialog), focus (the selected meme "
                      "full size) or guide (the user guide).",
                      "PANEL"});
    parser.addOption(
        {"train-first",
         "Once the project is open, read its memes' text with OCR and train a first tiny model "
         "(4 epochs) into this folder, as background jobs (the demo's first start). Nothing when "
         "the folder holds a finished run already.",
         "RUN_FOLDER"});
    parser.addOption({"language",
                      "User interface language for this start: en, de or hi (View ▸ Language keeps one).",
                      "CODE"});
}

// The run named by --run: its id, its name, or 'latest'; 0 when the project has none of that name.
qint64 runNamed(const QString& given, memescope::MainWindow& window, QStringList* choices) {
    if (given == QLatin1String("latest")) return window.runSelector()->latestRun();
    bool isId = false;
    const qint64 id = given.toLongLong(&isId);
    for (const memescope::RunRecord& r : memescope::RunStore(*window.session()->store()).runs()) {
        if ((isId && r.id == id) || r.name == given) return r.id;
        *choices << QStringLiteral("%1 (%2)").arg(r.id).arg(r.name);
    }
    return 0;
}

bool hasSample(const QString& sampleId, memescope::MainWindow& window, QStringList* examples) {
    const memescope::SampleTableModel* samples = window.session()->samples();
    for (int r = 0; r < samples->rowCount(); ++r) {
        if (samples->sampleAt(r).sampleId == sampleId) return true;
        if (examples->size() < 5) *examples << samples->sampleAt(r).sampleId;
    }
    return false;
}

} // namespace

int main(int argc, char** argv) {
    // --version works without a display (packaging checks, scripts): answered before Qt opens one.
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("MemeScope %s\n", MEMESCOPE_VERSION);
            return 0;
        }
    // --help likewise: printed from a display-less application.
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            QCoreApplication core(argc, argv);
            QCoreApplication::setApplicationName("memescope");
            QCommandLineParser parser;
            addOptions(parser);
            std::fputs(qPrintable(parser.helpText()), stdout);
            return 0;
        }
    memescope::ensureOcrFriendlyEnvironment(argc, argv);
    memescope::ensureRuntimeDirectory();
    // Qt's X plugin aborts the process when it cannot reach the display: say why instead.
    if (const QString problem = memescope::displayProblem(); !problem.isEmpty()) {
        std::fprintf(stderr, "memescope: %s\n", qPrintable(problem));
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName("MemeScope");
    QApplication::setApplicationName("MemeScope");
    QApplication::setApplicationVersion(MEMESCOPE_VERSION);
    QApplication::setWindowIcon(QIcon(":/icons/memescope.svg"));
    QGuiApplication::setDesktopFileName("memescope");

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    const QString language =
        parser.isSet("language") ? parser.value("language") : memescope::preferredUiLanguage();
    if (language != "en" && !memescope::installUiTranslators(app, language))
        QTextStream(stderr) << "memescope: no translation for '" << language << "', using English\n";
    else if (language == "en")
        memescope::installUiTranslators(app, "en"); // English plural forms ("1 meme", "2 memes")

    memescope::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty() && window.openProject(parser.positionalArguments().first())) {
        // A run or meme named on the command line that the project lacks is an error with the choices, not
        // a silent start without it.
        if (parser.isSet("train-first")) {
            memescope::TrainingRequest first;
            first.runDir = parser.value("train-first");
            first.config.epochs = 4;
            first.config.tuneThresholds = true;
            window.prepareFirstRun(first);
        }
        if (parser.isSet("run")) {
            QStringList choices;
            const qint64 run = runNamed(parser.value("run"), window, &choices);
            if (run == 0) {
                QTextStream(stderr) << "memescope: --run " << parser.value("run") << ": no such run in "
                                    << window.session()->path() << " (its runs: "
                                    << (choices.isEmpty() ? QStringLiteral("none") : choices.join(", "))
                                    << ")\n";
                return 1;
            }
            window.session()->selectRun(run);
        }
        if (parser.isSet("select")) {
            QStringList examples;
            if (!hasSample(parser.value("select"), window, &examples)) {
                QTextStream(stderr) << "memescope: --select " << parser.value("select")
                                    << ": no meme with this id in " << window.session()->path()
                                    << " (ids such as " << examples.join(", ") << ")\n";
                return 1;
            }
            window.browser()->selectSampleId(parser.value("select"));
        }
        if (parser.isSet("table")) window.browser()->setMode(memescope::BrowserView::Mode::Table);
        if (parser.isSet("show")) {
            if (const auto panel = memescope::MainWindow::panelFromName(parser.value("show")))
                window.showPanel(*panel);
            else
                QTextStream(stderr) << "memescope: --show " << parser.value("show") << ": no such panel\n";
        }
    }
    return app.exec();
}
