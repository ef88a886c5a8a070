#pragma once

#include <QObject>
#include <functional>

class QMenu;
class QWidget;

namespace memescope {

// View ▸ Language: one checkable entry per translation, in its own name. A choice is stored at once and takes
// effect at the next start; the user may restart now (the open project reopens: labels are already saved).
class LanguageMenu : public QObject {
    Q_OBJECT
public:
    // `openProject` names the project to reopen after a restart ("" when none); `window` is closed for it.
    LanguageMenu(QMenu* menu, std::function<QString()> openProject, QWidget* window);

private:
    void choose(const QString& code);

    std::function<QString()> openProject_;
    QWidget* window_;
};

} // namespace memescope
