#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace memescope {

namespace {
const char* const kSettingsKey = "ui/language";
QString active = QStringLiteral("en");

bool known(const QString& code) {
    for (const UiLanguage& l : uiLanguages())
        if (l.code == code) return true;
    return false;
}
} // namespace

QList<UiLanguage> uiLanguages() {
    return {{"en", "English"}, {"de", "Deutsch"}, {"hi", QString::fromUtf8("हिन्दी")}};
}

QString preferredUiLanguage() {
    const QString stored = QSettings().value(kSettingsKey).toString();
    if (known(stored)) return stored;
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section('-', 0, 0).section('_', 0, 0).toLower();
        if (known(code)) return code;
    }
    return "en";
}

QString activeUiLanguage() {
    return active;
}

void storeUiLanguage(const QString& code) {
    QSettings().setValue(kSettingsKey, code);
}

bool installUiTranslators(QCoreApplication& app, const QString& code) {
    if (!known(code)) return false;
    // Parented to the application: they live as long as it does.
    auto* own = new QTranslator(&app);
    if (!own->load(":/i18n/memescope_" + code + ".qm")) {
        delete own;
        return false;
    }
    app.installTranslator(own);
    active = code;
    auto* qt = new QTranslator(&app);
    if (qt->load("qtbase_" + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace memescope
