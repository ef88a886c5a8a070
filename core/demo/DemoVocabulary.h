#pragma once

#include <QStringList>

namespace memescope {

// Caption phrase banks for the synthetic demo memes: per class, top lines and bottom lines whose wording
// carries part of the label signal; plus neutral lines that carry none (ambiguous memes).
struct ClassPhrases {
    QStringList top;
    QStringList bottom;
};

class DemoVocabulary {
public:
    static const QVector<ClassPhrases>& axiom();   // 6 classes, AxiOM order
    static const QVector<ClassPhrases>& restore(); // 7 classes, RESTORE order
    static const QStringList& neutralTop();
    static const QStringList& neutralBottom();
    // Short sentences used to compose figurative-reasoning texts.
    static QString reasoningFor(const QString& label, const QString& caption, int variant);
};

} // namespace memescope
