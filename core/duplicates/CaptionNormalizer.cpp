#include "CaptionNormalizer.h"

#include <QRegularExpression>

namespace memescope::duplicates {
namespace {

// Marks meme sites stamp on an image (and so on its OCR'd or transcribed text). Matched after case folding.
const QRegularExpression& watermarkPattern() {
    static const QRegularExpression re(
        QStringLiteral(
            // @handles of the account that reposted it
            R"((?:^|\s)@\S+)"
            // web addresses and bare domains: imgflip.com, www.x.org, https://...
            R"(|\b(?:https?://|www\.)\S+)"
            R"(|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co|io|me|gg|ly|tv|app|fun)\b\S*)"
            // subreddits: r/2meirl4meirl
            R"(|(?:^|\s)/?r/\w+)"
            // app stamps without a domain
            R"(|\bmade\s+with\s+mematic\b|\b9gag\b|\bifunny\b|\bimgflip\b)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

} // namespace

QString normalizeCaption(const QString& text) {
    // NFKC first (so a full-width '＠' is an '@' before handles are looked for), then case folding.
    QString t = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    t.replace(watermarkPattern(), QStringLiteral(" "));
    // Letters, digits and combining marks stay (a word in Devanagari keeps its vowel signs); the rest is a
    // word boundary. Apostrophes vanish inside words so "don't" and "dont" compare equal.
    // Code points, not UTF-16 units: an emoji (a symbol, so a boundary) and a letter outside the BMP are
    // judged whole.
    QString out;
    out.reserve(t.size());
    bool pendingSpace = false;
    for (const char32_t c : t.toUcs4()) {
        if (c == U'\'' || c == U'\u2019') continue;
        if (!(QChar::isLetterOrNumber(c) || QChar::isMark(c))) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty()) out += QLatin1Char(' ');
        pendingSpace = false;
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QStringList captionWords(const QString& normalized) {
    return normalized.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace memescope::duplicates
