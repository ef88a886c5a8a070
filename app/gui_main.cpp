#include "core/util/ProcessEnvironment.h"
#include "ui/browser/BrowserView.h"
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

int main(int argc, char** argv) {
    // --version works without a display (packaging checks, scripts): answered before Qt opens one.
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("MemeScope %s\n", MEMESCOPE_VERSION);
            return 0;
        }
    memescope::ensureOcrFriendlyEnvironment(argc, argv);
    memescope::ensureRuntimeDirectory();
    QApplication app(argc, argv);
    QApplication::setOrganizationName("MemeScope");
    QApplication::setApplicationName("MemeScope");
    QApplication::setApplicationVersion(MEMESCOPE_VERSION);
    QApplication::setWindowIcon(QIcon(":/icons/memescope.svg"));
    QGuiApplication::setDesktopFileName("memescope");

    QCommandLineParser parser;
    parser.setApplicationDescription("MemeScope: a workbench for mental-health meme research");
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("project", "A .memescope project to open");
    parser.addOption({"run", "Select this run (its id, or 'latest') once the project is open.", "RUN"});
    parser.addOption({"select", "Select this sample (its id) once the project is open.", "SAMPLE"});
    parser.addOption({"table", "Start in the table view instead of the gallery."});
    parser.addOption({"show",
                      "Bring a panel forward: training, analysis, jobs, ablation, embeddings, tsne, "
                      "agreement, duplicates, train (the Train a Model dialog) or focus (the selected meme "
                      "full size).",
                      "PANEL"});
    parser.addOption({"language",
                      "User interface language for this start: en, de or hi (View ▸ Language keeps one).",
                      "CODE"});
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
        if (parser.isSet("run"))
            window.session()->selectRun(parser.value("run") == "latest" ? window.runSelector()->latestRun()
                                                                        : parser.value("run").toLongLong());
        if (parser.isSet("select")) window.browser()->selectSampleId(parser.value("select"));
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
