// Translations: English, German and Hindi are complete, keep every placeholder, mnemonic, shortcut and
// rich-text tag of their source, compile into the program, and turn the main window German or Hindi.
#include "ui/main/Language.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace memescope;

namespace {

struct Message {
    QString context, source;
    QStringList translations; // one, or the plural forms
    bool finished = true;
};

QList<Message> readTs(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&f);
    QList<Message> out;
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, {}, true};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value("type").toString();
            m.finished = type.isEmpty();
            // Either text, or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) text += xml.text();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    m.translations << xml.readElementText();
            }
            if (m.translations.isEmpty()) m.translations << text;
            out << m;
        }
    }
    if (xml.hasError()) qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

QString tsPath(const QString& code) {
    return QStringLiteral(MEMESCOPE_SOURCE_DIR "/translations/memescope_%1.ts").arg(code);
}

QStringList sorted(QStringList l) {
    l.sort();
    return l;
}

QStringList placeholders(const QString& s) {
    QStringList out;
    static const QRegularExpression re("%(\\d|n)");
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured(0);
    return sorted(out);
}

QStringList tags(const QString& s) {
    QStringList out;
    static const QRegularExpression re("</?([a-z0-9]+)[^>]*>");
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured(0).section(' ', 0, 0);
    return sorted(out);
}

int mnemonics(const QString& s) {
    int n = 0;
    for (int i = 0; i + 1 < s.size(); ++i) {
        if (s[i] != '&') continue;
        if (s[i + 1] == '&') {
            ++i;
            continue;
        }
        if (!s[i + 1].isSpace()) ++n;
    }
    return n;
}

bool isShortcut(const QString& s) {
    static const QRegularExpression re("^((Ctrl|Shift|Alt|Meta)\\+)*[A-Z0-9]$");
    return re.match(s).hasMatch();
}

QString menuTitles(const QMainWindow& w) {
    QStringList titles;
    for (QAction* a : w.menuBar()->actions())
        titles << a->text();
    return titles.join('|');
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName("MemeScopeTests");
        QCoreApplication::setApplicationName("tst_translations");
        QSettings().clear();
    }

    void everyLanguageIsCompleteAndKeepsItsMarkup_data() {
        QTest::addColumn<QString>("code");
        for (const UiLanguage& l : uiLanguages())
            QTest::newRow(qPrintable(l.code)) << l.code;
    }

    void everyLanguageIsCompleteAndKeepsItsMarkup() {
        QFETCH(QString, code);
        const QList<Message> messages = readTs(tsPath(code));
        QVERIFY2(messages.size() > 300, qPrintable(QString::number(messages.size())));
        QStringList problems;
        for (const Message& m : messages) {
            const QString where = m.context + " “" + m.source + "”: ";
            if (!m.finished) problems << where + "unfinished";
            for (const QString& t : m.translations) {
                if (t.trimmed().isEmpty()) problems << where + "empty";
                // %n may be left out of a singular form ("one meme"), never anything else.
                QStringList want = placeholders(m.source), got = placeholders(t);
                if (m.translations.size() > 1 && !got.contains("%n")) want.removeAll("%n");
                if (want != got) problems << where + "placeholders " + got.join(',') + " in “" + t + "”";
                if (tags(m.source) != tags(t)) problems << where + "tags differ in “" + t + "”";
                if (mnemonics(m.source) != mnemonics(t))
                    problems << where + "mnemonic differs in “" + t + "”";
                if (isShortcut(m.source) && t != m.source) problems << where + "shortcut changed to " + t;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join('\n')));
    }

    void allLanguagesTranslateTheSameStrings() {
        QSet<QString> reference;
        for (const Message& m : readTs(tsPath("en")))
            reference.insert(m.context + '\x1f' + m.source);
        for (const QString code : {"de", "hi"}) {
            QSet<QString> keys;
            for (const Message& m : readTs(tsPath(code)))
                keys.insert(m.context + '\x1f' + m.source);
            QCOMPARE(keys, reference);
        }
    }

    void compiledTranslationsAreEmbedded() {
        for (const UiLanguage& l : uiLanguages()) {
            QTranslator t;
            QVERIFY2(t.load(":/i18n/memescope_" + l.code + ".qm"), qPrintable(l.code));
            QVERIFY(!t.isEmpty());
        }
        QTranslator de;
        QVERIFY(de.load(":/i18n/memescope_de.qm"));
        QCOMPARE(de.translate("memescope::MainWindow", "&File"), QString("&Datei"));
        // Plural forms: German distinguishes one from many.
        QCOMPARE(de.translate("memescope::ProjectTasks", "%n meme(s) added", nullptr, 1),
                 QString("%n Meme hinzugefügt"));
        QCOMPARE(de.translate("memescope::ProjectTasks", "%n meme(s) added", nullptr, 3),
                 QString("%n Memes hinzugefügt"));
        QTranslator en;
        QVERIFY(en.load(":/i18n/memescope_en.qm"));
        QCOMPARE(en.translate("memescope::ProjectTasks", "%n meme(s) added", nullptr, 1),
                 QString("%n meme added"));
    }

    void theWindowFollowsTheChosenLanguage() {
        const QString english = [] {
            MainWindow w;
            return menuTitles(w);
        }();
        QVERIFY(english.contains("&File") && english.contains("&Help"));
        for (const QString code : {"de", "hi"}) {
            QVERIFY(installUiTranslators(*qApp, code));
            MainWindow w;
            const QString titles = menuTitles(w);
            QVERIFY2(!titles.contains("&File") && !titles.contains("&View"),
                     qPrintable(code + ": " + titles));
            if (code == "de")
                QVERIFY2(titles.contains("&Datei") && titles.contains("&Ansicht"), qPrintable(titles));
            if (code == "hi") QVERIFY2(titles.contains(QString::fromUtf8("फ़ाइल")), qPrintable(titles));
            // View ▸ Language ticks the language in use.
            QCOMPARE(activeUiLanguage(), QString(code));
            int ticked = 0;
            for (QAction* action : w.findChildren<QAction*>())
                if (action->isCheckable() && action->data().toString() == code) ticked += action->isChecked();
            QCOMPARE(ticked, 1);
            for (QTranslator* t : qApp->findChildren<QTranslator*>())
                QCoreApplication::removeTranslator(t), delete t;
        }
        QVERIFY(!installUiTranslators(*qApp, "xx"));
    }

    void theStoredChoiceWinsOverTheSystemLocale() {
        storeUiLanguage("hi");
        QCOMPARE(preferredUiLanguage(), QString("hi"));
        storeUiLanguage("nonsense"); // an unknown stored code falls back to the system's languages or English
        const QString fallback = preferredUiLanguage();
        QVERIFY2(fallback == "en" || fallback == "de" || fallback == "hi", qPrintable(fallback));
        QSettings().remove("ui/language");
    }

    // The .ts files hold every tr() string of the sources (scripts/update-translations.sh --check).
    void translationsAreUpToDateWithTheSources() {
        if (QStandardPaths::findExecutable("lupdate", {"/usr/lib/qt6/bin"}).isEmpty())
            QSKIP("lupdate (qt6-l10n-tools) is not installed");
        QProcess p;
        p.start("bash", {MEMESCOPE_SOURCE_DIR "/scripts/update-translations.sh", "--check"});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
