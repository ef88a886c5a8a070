#pragma once
// The user interface language: English, German or Hindi. The choice is kept in QSettings
// ("ui/language"); without one the system locale decides. Translations are compiled into the program
// (":/i18n/memescope_<code>.qm"); Qt's own dialogs use qtbase_<code>.qm when Qt's translations are installed.
#include <QList>
#include <QString>

class QCoreApplication;

namespace memescope {

struct UiLanguage {
    QString code;       // "en", "de", "hi"
    QString nativeName; // as the language calls itself
};

QList<UiLanguage> uiLanguages();
// The stored choice, else the first of the system's UI languages MemeScope has, else English.
QString preferredUiLanguage();
void storeUiLanguage(const QString& code);
// Installs the translators for `code` into the application; false when it has no translation for it.
bool installUiTranslators(QCoreApplication& app, const QString& code);
// The language whose translators were installed last ("en" when none were).
QString activeUiLanguage();

} // namespace memescope
