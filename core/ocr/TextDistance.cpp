#include "TextDistance.h"

#include <QRegularExpression>
#include <QVector>
#include <algorithm>

namespace memescope {
namespace {

template <typename Seq> int levenshtein(const Seq& a, const Seq& b) {
    QVector<int> prev(int(b.size()) + 1), cur(int(b.size()) + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[int(b.size())];
}

} // namespace

QStringList normalizedWords(const QString& text) {
    QStringList out;
    for (QString w : text.toUpper().split(QRegularExpression(R"(\s+)"), Qt::SkipEmptyParts)) {
        QString kept;
        for (int i = 0; i < w.size(); ++i) {
            const QChar c = w[i];
            const bool inWordApostrophe = (c == '\'' || c == QChar(0x2019)) && i > 0 && i + 1 < w.size() &&
                                          w[i - 1].isLetterOrNumber() && w[i + 1].isLetterOrNumber();
            if (c.isLetterOrNumber() || inWordApostrophe) kept += (c == QChar(0x2019) ? QChar('\'') : c);
        }
        if (!kept.isEmpty()) out << kept;
    }
    return out;
}

ErrorCount wordErrors(const QString& reference, const QString& hypothesis) {
    const QStringList r = normalizedWords(reference), h = normalizedWords(hypothesis);
    return {levenshtein(r, h), int(r.size())};
}

ErrorCount charErrors(const QString& reference, const QString& hypothesis) {
    const QString r = normalizedWords(reference).join(' '), h = normalizedWords(hypothesis).join(' ');
    return {levenshtein(r, h), int(r.size())};
}

} // namespace memescope
