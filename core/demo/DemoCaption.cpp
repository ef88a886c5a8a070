#include "DemoCaption.h"
#include "DemoVocabulary.h"

#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace memescope {
namespace {

// Uniform in [0, 1) from the generator itself (std:: distributions differ between standard libraries, and the
// demo must be byte-identical everywhere).
double uniform(std::mt19937& rng) {
    return double(rng()) / 4294967296.0;
}

double standardNormal(std::mt19937& rng) { // Box-Muller
    const double u = std::max(uniform(rng), 1e-12), v = uniform(rng);
    return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * v);
}

template <typename T> const T& pickFrom(const QList<T>& list, std::mt19937& rng) {
    return list[int(rng() % uint32_t(list.size()))];
}

// Index in [0, n) with probability proportional to 1 / (index + 1)^exponent.
class Zipf {
public:
    Zipf(int n, double exponent) {
        double sum = 0;
        for (int i = 0; i < n; ++i)
            cumulative_.push_back(sum += 1.0 / std::pow(i + 1.0, exponent));
    }
    int draw(std::mt19937& rng) const {
        const double u = uniform(rng) * cumulative_.back();
        return int(std::upper_bound(cumulative_.begin(), cumulative_.end(), u) - cumulative_.begin());
    }

private:
    std::vector<double> cumulative_;
};

// Everyday English, most frequent first.
const QStringList& commonWords() {
    static const QStringList k =
        QString(
            "the i to and a me my of it is you that in when this be for so just like not but on have at do "
            "all "
            "what with can im dont get no your was are they how why its one up out about if we feel really "
            "now know go even time people day think still more never want again every life too am being some "
            "got make them he she right back only much need thing lol literally actually going would could "
            "nobody everyone everything something nothing because then after before today tonight week year "
            "always mom dad friend friends school work job class home bed phone night morning head mind "
            "brain "
            "body face eyes heart hands look see said say tell told try trying keep stop start wait help "
            "okay "
            "real same other another first last little big bad good best worst new old very")
            .split(' ', Qt::SkipEmptyParts);
    return k;
}

// Words of mental-health memes in general, shared by every label (they say "this is a sad meme", not which).
const QStringList& topicWords() {
    static const QStringList k =
        QString(
            "sad tired anxiety anxious depression depressed stress stressed mental health therapy therapist "
            "cry crying alone lonely hurt pain tears dark fine okay overthinking panic scared fear worried "
            "worry "
            "hate myself broken empty numb exhausted energy mood vibes meme memes relatable mood cope coping "
            "struggle struggling healing feelings emotional emotions inside smile pretending help someone "
            "relate bad days me_irl wholesome")
            .split(' ', Qt::SkipEmptyParts);
    return k;
}

const QSet<QString>& stopWords() {
    static const QSet<QString> k = [] {
        QSet<QString> s;
        for (const QString& w : commonWords())
            s.insert(w);
        return s;
    }();
    return k;
}

// Per label, the content words of its phrase bank: its wording, drawn one word at a time.
const QVector<QStringList>& lexicon(bool restore) {
    auto build = [](const QVector<ClassPhrases>& phrases) {
        QVector<QStringList> out;
        for (const ClassPhrases& p : phrases) {
            QStringList words;
            for (const QString& line : p.top + p.bottom)
                for (const QString& w : line.split(' ', Qt::SkipEmptyParts))
                    if (!stopWords().contains(w) && w.size() > 2 && !words.contains(w)) words << w;
            out << words;
        }
        return out;
    };
    static const QVector<QStringList> a = build(DemoVocabulary::axiom()),
                                      r = build(DemoVocabulary::restore());
    return restore ? r : a;
}

// The long tail: made-up words from syllables, word i always the same; drawn Zipf-like over a range so
// wide that most of them occur once in the whole demo, as ~60 % of real meme words do.
QString tailWord(int i) {
    static const char* const kSyllables[] = {"ba",  "ko",   "ri",  "mel", "tun", "sa", "dor", "vi",
                                             "plo", "gren", "la",  "mu",  "ste", "fi", "zor", "ne",
                                             "qua", "bli",  "ta",  "ro",  "chu", "de", "win", "ka",
                                             "po",  "lis",  "ter", "go",  "sha", "nu"};
    uint32_t h = uint32_t(i) * 2654435761u + 97u;
    QString w;
    const int syllables = 2 + int(h % 3);
    for (int s = 0; s < syllables; ++s) {
        h = h * 1103515245u + 12345u;
        w += QLatin1String(kSyllables[(h >> 16) % 30]);
    }
    return w;
}

const Zipf& tailDistribution() {
    static const Zipf z(1000000, 0.97);
    return z;
}
const Zipf& commonDistribution() {
    static const Zipf z(int(commonWords().size()), 1.0);
    return z;
}

int captionLength(bool restore, std::mt19937& rng) {
    // Log-normal: median and 90th percentile as the real sets (sigma = ln(p90 / median) / 1.2816).
    const double median = restore ? 17 : 15, sigma = restore ? 0.742 : 0.488;
    const int cap = restore ? 300 : 150;
    return std::clamp(int(std::lround(median * std::exp(sigma * standardNormal(rng)))), 1, cap);
}

QString handle(std::mt19937& rng) {
    return "@" + tailWord(int(rng() % 5000)) + (rng() % 2 ? QString::number(rng() % 100) : QString("_memes"));
}

// An OCR slip: one letter read as a look-alike.
QString ocrSlip(QString w, std::mt19937& rng) {
    static const QList<QPair<QString, QString>> k = {{"l", "1"}, {"o", "0"}, {"m", "rn"}, {"e", "c"},
                                                     {"i", "l"}, {"s", "5"}, {"a", "o"}};
    const auto& [from, to] = pickFrom(k, rng);
    const int at = w.indexOf(from);
    if (at >= 0) w.replace(at, from.size(), to);
    return w;
}

} // namespace

QStringList demoLabelWords(bool restore, int label) {
    const QVector<QStringList>& lex = lexicon(restore);
    QStringList out;
    if (label < 0 || label >= lex.size()) return out;
    for (const QString& w : lex[label]) {
        bool elsewhere = false;
        for (int other = 0; other < lex.size() && !elsewhere; ++other)
            elsewhere = other != label && lex[other].contains(w);
        if (!elsewhere) out << w.toLower();
    }
    return out;
}

QVector<int> drawDemoLabels(bool restore, std::mt19937& rng) {
    if (!restore) return {int(rng() % 6u)}; // AxiOM's six classes are balanced
    // RESTORE order: Lack of Interest, Feeling Down, Eating Disorder, Sleeping Disorder, Low Self-Esteem,
    // Concentration Problem, Self-Harm -- counts of the real annotations.
    static const int kCounts[7] = {587, 2498, 2080, 1686, 1054, 703, 1658};
    auto drawOne = [&] {
        int u = int(rng() % 10266u);
        for (int l = 0; l < 7; ++l)
            if ((u -= kCounts[l]) < 0) return l;
        return 6;
    };
    const uint32_t roll = rng() % 1000;
    const int count = roll < 940 ? 1 : (roll < 995 ? 2 : 3);
    QVector<int> labels;
    while (labels.size() < count) {
        const int l = drawOne();
        if (!labels.contains(l)) labels << l;
    }
    return labels;
}

DemoCaption composeDemoCaption(bool restore, const QVector<int>& labels, std::mt19937& rng) {
    const auto& phrases = restore ? DemoVocabulary::restore() : DemoVocabulary::axiom();
    const QVector<QStringList>& lex = lexicon(restore);
    const int classes = int(phrases.size());
    const int length = captionLength(restore, rng);

    // The label's wording: a phrase of each label 60 % of the time, and a quarter of the time another
    // label's.
    QVector<QStringList> phraseList;
    int phraseWords = 0;
    auto addPhrase = [&](int label) {
        const ClassPhrases& p = phrases[label];
        phraseList << pickFrom(rng() % 2 ? p.top : p.bottom, rng).split(' ');
        phraseWords += int(phraseList.last().size());
    };
    for (int l : labels)
        if (rng() % 100 < 60) addPhrase(l);
    if (rng() % 100 < 25) addPhrase(int(rng() % uint32_t(classes)));

    // Filler up to the drawn length: everyday words, the shared topic words, a label's words now and then,
    // the long tail.
    QStringList words;
    while (words.size() < std::max(phraseList.isEmpty() ? 1 : 0, length - phraseWords)) {
        const uint32_t r = rng() % 100;
        if (r < 44)
            words << commonWords()[commonDistribution().draw(rng)];
        else if (r < 56)
            words << pickFrom(topicWords(), rng);
        else if (r < 64) // a label's own word, or (a third of the time) another label's
            words << pickFrom(lex[rng() % 3 ? labels[int(rng() % uint32_t(labels.size()))]
                                            : int(rng() % uint32_t(classes))],
                              rng);
        else
            words << tailWord(tailDistribution().draw(rng));
    }
    for (const QStringList& phrase : phraseList) {
        const int at = int(rng() % uint32_t(words.size() + 1));
        for (int k = 0; k < phrase.size(); ++k)
            words.insert(at + k, phrase[k]);
    }

    // Scraped-meme noise.
    if (rng() % 100 < 6)
        for (int k = 0; k < 2; ++k) {
            const int at = int(rng() % uint32_t(words.size()));
            words[at] = ocrSlip(words[at], rng);
        }
    if (rng() % 100 < 8) words.insert(int(rng() % uint32_t(words.size() + 1)), handle(rng));
    if (rng() % 100 < 5) words.last() += QStringList{"!!!", "...", "??", " :)", " lmao"}[int(rng() % 5)];
    QString text = words.join(' ');
    if (rng() % 100 < 7) text = text.toUpper();
    QString watermark;
    if (rng() % 100 < 12) {
        static const QStringList kMarks = {"imgflip.com",    "made with mematic", "9GAG",
                                           "r/2meirl4meirl", "ifunny.co",         "memegenerator.net"};
        watermark = rng() % 2 ? pickFrom(kMarks, rng) : handle(rng);
    }
    // Top and bottom halves, as meme captions are drawn; a watermark goes at the very end.
    const QStringList all = text.split(' ', Qt::SkipEmptyParts);
    const int split = all.size() <= 3 ? 0 : int(all.size() * (35 + rng() % 30) / 100);
    DemoCaption c;
    c.top = all.mid(0, split).join(' ');
    c.bottom = all.mid(split).join(' ');
    if (!watermark.isEmpty()) c.bottom += ' ' + watermark;
    return c;
}

} // namespace memescope
