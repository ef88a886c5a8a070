#include "core/util/ProcessEnvironment.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
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
    parser.process(app);

    memescope::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty()) window.openProject(parser.positionalArguments().first());
    return app.exec();
}
