#include "core/util/ProcessEnvironment.h"
#include "ui/main/Language.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char** argv) {
    memescope::ensureOcrFriendlyEnvironment(argc, argv);
    memescope::ensureRuntimeDirectory();
    QApplication app(argc, argv);
    QApplication::setOrganizationName("MemeScope");
    QApplication::setApplicationName("MemeScope");
    QApplication::setApplicationVersion(MEMESCOPE_VERSION);

    QCommandLineParser parser;
    parser.setApplicationDescription("MemeScope: a workbench for mental-health meme research");
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("project", "A .memescope project to open");
    parser.addOption({"run", "Select this run (its id, or 'latest') once the project is open.", "RUN"});
    parser.addOption({"select", "Select this sample (its id) once the project is open.", "SAMPLE"});
    parser.addOption({"table", "Start in the table view instead of the gallery."});
    parser.addOption({"show", "Bring a panel forward: training, analysis, jobs or ablation.", "PANEL"});
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
        if (parser.isSet("run")) {
            const QComboBox* runs = window.runSelector();
            const qint64 id = parser.value("run") == "latest" && runs->count() > 1
                                  ? runs->itemData(runs->count() - 1).toLongLong()
                                  : parser.value("run").toLongLong();
            window.selectRun(id);
        }
        if (parser.isSet("select")) window.selectSampleId(parser.value("select"));
        if (parser.isSet("table")) window.showTable();
        if (parser.isSet("show")) window.showPanel(parser.value("show"));
    }
    return app.exec();
}
