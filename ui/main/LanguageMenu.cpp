#include "LanguageMenu.h"

#include "Language.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>

namespace memescope {

LanguageMenu::LanguageMenu(QMenu* menu, std::function<QString()> openProject, QWidget* window)
    : QObject(menu)
    , openProject_(std::move(openProject))
    , window_(window) {
    auto* group = new QActionGroup(this);
    const QString current = activeUiLanguage();
    for (const UiLanguage& l : uiLanguages()) {
        QAction* a = menu->addAction(l.nativeName, this, [this, code = l.code] { choose(code); });
        a->setCheckable(true);
        a->setChecked(l.code == current);
        a->setData(l.code);
        group->addAction(a);
    }
}

void LanguageMenu::choose(const QString& code) {
    storeUiLanguage(code);
    if (code == activeUiLanguage()) return;
    // Every window is built in the language chosen at start; a restart rebuilds them.
    QMessageBox box(QMessageBox::Information, tr("Language"),
                    tr("MemeScope will use the new language from its next start."), QMessageBox::NoButton,
                    window_);
    QPushButton* restart = box.addButton(tr("Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != restart) return;
    // The open project again; not a --language of this start, which would override the new choice.
    const QString project = openProject_();
    const QStringList arguments = project.isEmpty() ? QStringList() : QStringList{project};
    if (window_->close()) QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
}

} // namespace memescope
