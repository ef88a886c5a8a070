#include "CaptionWords.h"

#include <QSet>

namespace memescope {
namespace {

bool isSpecialToken(const QByteArray& piece) {
    static const QSet<QByteArray> specials = {"<s>", "</s>", "<pad>", "<unk>", "<mask>"};
    return specials.contains(piece);
}

bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

} // namespace

QVector<CaptionWord> wordsFromPieces(const QList<QByteArray>& pieces) {
    QVector<CaptionWord> words;
    QByteArray bytes; // the word being joined
    QVector<int> units;
    auto finish = [&] {
        const QString text = QString::fromUtf8(bytes).trimmed();
        if (!text.isEmpty()) words.push_back({text, units});
        bytes.clear();
        units.clear();
    };
    for (int i = 0; i < pieces.size(); ++i) {
        const QByteArray& piece = pieces[i];
        if (isSpecialToken(piece)) {
            finish();
            continue;
        }
        const bool onlySpace = std::all_of(piece.begin(), piece.end(), isSpace);
        if (onlySpace) { // a line break between words: it ends the word, it is not one
            finish();
            continue;
        }
        if (!piece.isEmpty() && isSpace(piece.front())) finish();
        bytes += piece;
        units << i;
    }
    finish();
    return words;
}

QVector<CaptionWord> wordsFromWordUnits(const QStringList& units) {
    QVector<CaptionWord> words;
    for (int i = 0; i < units.size(); ++i)
        if (!units[i].trimmed().isEmpty()) words.push_back({units[i], {i}});
    return words;
}

QString wordKey(const QString& word) {
    QString out;
    for (const QChar c : word)
        if (c.isLetterOrNumber()) out += c.toLower();
    return out;
}

} // namespace memescope
