#include "DemoGenerator.h"

#include "DemoCaption.h"
#include "DemoVocabulary.h"
#include "MemeRenderer.h"
#include "core/duplicates/CaptionNormalizer.h"
#include "core/duplicates/TextSimilarity.h"
#include "core/store/LabelSchema.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSaveFile>
#include <QtConcurrent>

#include <atomic>
#include <random>

namespace memescope {
namespace {

using Motif = MemeSpec::Motif;

// Per class: the motif and two palette colours that hint at it.
struct ClassLook {
    Motif motif;
    QColor a, b;
};

const QVector<ClassLook>& axiomLooks() {
    static const QVector<ClassLook> k = {
        {Motif::SweatyFace, QColor(255, 236, 160), QColor(240, 160, 60)},  // Nervousness
        {Motif::Spiral, QColor(200, 170, 230), QColor(90, 40, 120)},       // Lack of Worry Control
        {Motif::ThoughtCloud, QColor(170, 200, 230), QColor(70, 90, 140)}, // Excessive Worry
        {Motif::TenseBed, QColor(180, 220, 200), QColor(60, 110, 90)},     // Difficulty Relaxing
        {Motif::Zigzag, QColor(250, 200, 190), QColor(180, 60, 50)},       // Restlessness
        {Motif::Storm, QColor(90, 60, 70), QColor(30, 20, 30)},            // Impending Doom
    };
    return k;
}

const QVector<ClassLook>& restoreLooks() {
    static const QVector<ClassLook> k = {
        {Motif::FlatFace, QColor(200, 200, 200), QColor(120, 120, 120)},     // Lack of Interest
        {Motif::RainCloud, QColor(150, 170, 210), QColor(40, 60, 110)},      // Feeling Down
        {Motif::Plate, QColor(250, 220, 180), QColor(200, 120, 70)},         // Eating Disorder
        {Motif::MoonStars, QColor(40, 40, 90), QColor(10, 10, 40)},          // Sleeping Disorder
        {Motif::CrackedMirror, QColor(240, 200, 220), QColor(150, 80, 120)}, // Low Self-Esteem
        {Motif::Books, QColor(230, 230, 180), QColor(150, 150, 80)},         // Concentration Problem
        {Motif::Bandage, QColor(210, 180, 180), QColor(110, 70, 80)},        // Self-Harm
    };
    return k;
}

enum class Breakage {
    None,
    TruncatedImage,
    MissingImage,
    UnknownLabel,
    UnknownPlusKnown,
    EmptyLabels,
    Duplicate,
    EmptyText
};

struct MemeJob {
    bool restore = false;
    QString split; // train | val | test (file the record goes to)
    QString sampleId;
    QStringList labels; // names as written in the record
    MemeSpec spec;
    QString imagePath; // absolute; empty = no image written
    Breakage breakage = Breakage::None;
    QString ocrText;                 // what the record's ocr_text says
    QString rendered;                // exactly what was drawn
    QVector<CaptionLayout> captions; // glyph outlines, laid out on one thread
    QString reasoning;               // non-empty: also goes to the llava file
    // A planted repost of another meme (demo_reposts.json records it, so duplicate detection is scored).
    QString repostOf;     // the original's sample id; empty = not a repost
    QString repostKind;   // same_meme | same_text_other_image | same_image_other_text
    QString repostChange; // what the repost changed, in words
    // Edits a re-upload makes to the rendered picture: a stamp in a corner, a crop, a rescale, JPEG quality.
    QString stamp;            // drawn small at the bottom right (and transcribed in the text)
    QPainterPath stampGlyphs; // laid out on one thread, like the captions
    double cropFraction = 0;  // cut from each side
    double scale = 1;
    int jpegQuality = 88;
    // What the pointing game checks against (demo_truth.json): the class whose motif was drawn and where.
    int motifClass = -1;
    QRectF motifBox; // in the written image's pixels (after a re-upload's crop and rescale)
};

template <typename T> const T& pick(const QList<T>& list, std::mt19937& rng) {
    return list[int(rng() % uint32_t(list.size()))];
}

QColor jitter(const QColor& c, std::mt19937& rng) {
    auto j = [&](int v) { return qBound(0, v + int(rng() % 41) - 20, 255); };
    return QColor(j(c.red()), j(c.green()), j(c.blue()));
}

// Plans one meme: labels, caption, look. `labelIdx` are schema indices.
MemeJob planMeme(bool restore, const QVector<int>& labelIdx, std::mt19937& rng) {
    const auto& phrases = restore ? DemoVocabulary::restore() : DemoVocabulary::axiom();
    const auto& looks = restore ? restoreLooks() : axiomLooks();
    const QStringList names = (restore ? LabelSchema::restore() : LabelSchema::axiom()).names();
    MemeJob job;
    job.restore = restore;
    for (int i : labelIdx)
        job.labels << names[i];
    const int main = labelIdx.first();
    const int second = labelIdx.size() > 1 ? labelIdx[1] : main;

    // Caption: words that behave like real meme text (DemoCaption), the label's wording only sometimes.
    const DemoCaption caption = composeDemoCaption(restore, labelIdx, rng);
    const QString top = caption.top, bottom = caption.bottom;
    // Look: the class's motif (65 %) or another class's (conflicting); palette likewise (70 %).
    const int motifClass =
        rng() % 100 < 65 ? (rng() % 2 ? main : second) : int(rng() % uint32_t(looks.size()));
    const int paletteClass = rng() % 100 < 70 ? main : int(rng() % uint32_t(looks.size()));
    MemeSpec& s = job.spec;
    s.width = 224 + int(rng() % 417);
    const double aspect = 0.75 + (rng() % 59) / 100.0;
    s.height = qBound(224, int(s.width * aspect), 640);
    s.background = MemeSpec::Background(rng() % 3);
    s.primary = jitter(looks[paletteClass].a, rng);
    s.secondary = jitter(looks[paletteClass].b, rng);
    s.motif = looks[motifClass].motif;
    job.motifClass = motifClass;
    s.captionStyle =
        rng() % 100 < 70 ? MemeSpec::CaptionStyle::ImpactOutline : MemeSpec::CaptionStyle::DarkOnPanel;
    s.topText = top;
    s.bottomText = bottom;
    s.seed = rng();
    return job;
}

QString restoreId(std::mt19937& rng) {
    return QString::number(rng() | 0x10000000u, 16).right(8);
}

void writeJson(const QString& path, const QJsonDocument& doc) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(doc.toJson(QJsonDocument::Indented)) < 0 || !f.commit())
        throw StoreError(path + ": cannot write: " + f.errorString());
}

QJsonObject recordJson(const MemeJob& j) {
    QJsonObject o{{"sample_id", j.sampleId}, {"ocr_text", j.ocrText}, {DemoGenerator::kSyntheticKey, "yes"}};
    if (j.restore)
        o.insert("meme_depressive_categories", QJsonArray::fromStringList(j.labels));
    else
        o.insert("meme_anxiety_category", j.labels.value(0));
    return o;
}

} // namespace

bool DemoGenerator::isSynthetic(const QString& extraJson) {
    return extraJson.contains(QLatin1String(kSyntheticKey));
}

namespace {

// Single-threaded: text layout (see MemeRenderer::layoutCaptions).
void layoutJob(MemeJob& j) {
    j.captions = MemeRenderer::layoutCaptions(j.spec);
    QStringList parts;
    for (const auto& c : j.captions)
        if (!c.text.isEmpty()) parts << c.text;
    if (!j.stamp.isEmpty()) {
        QFont f(MemeRenderer::panelFamily());
        f.setPixelSize(qMax(10, j.spec.height / 32));
        j.stampGlyphs.addText(0, 0, f, j.stamp);
        parts << j.stamp;
    }
    j.rendered = parts.join('\n');
    if (j.ocrText.isNull()) j.ocrText = j.rendered; // the dataset's text is what the meme shows
}

// A re-upload's edits: the site's stamp, a crop, a rescale (the JPEG quality is applied when encoding).
QImage reupload(QImage img, const MemeJob& j, QRectF* motifBox) {
    if (!j.stampGlyphs.isEmpty()) {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF box = j.stampGlyphs.boundingRect();
        p.translate(img.width() - box.right() - 6, img.height() - box.bottom() - 6);
        p.fillPath(j.stampGlyphs, QColor(255, 255, 255, 200));
    }
    if (j.cropFraction > 0) {
        const int dx = int(img.width() * j.cropFraction), dy = int(img.height() * j.cropFraction);
        img = img.copy(dx, dy, img.width() - 2 * dx, img.height() - 2 * dy);
        *motifBox = motifBox->translated(-dx, -dy).intersected(QRectF(0, 0, img.width(), img.height()));
    }
    if (j.scale != 1) {
        const QSize before = img.size();
        img = img.scaled(qMax(32, int(img.width() * j.scale)), qMax(32, int(img.height() * j.scale)),
                         Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const double sx = double(img.width()) / before.width(), sy = double(img.height()) / before.height();
        *motifBox =
            QRectF(motifBox->x() * sx, motifBox->y() * sy, motifBox->width() * sx, motifBox->height() * sy);
    }
    return img;
}

// Any thread: rasterise and encode.
void renderJob(MemeJob& j) {
    if (j.imagePath.isEmpty()) return;
    QRectF box;
    const QImage img = reupload(MemeRenderer::render(j.spec, j.captions, &box), j, &box);
    j.motifBox = box;
    QByteArray bytes;
    {
        QBuffer buf(&bytes);
        buf.open(QIODevice::WriteOnly);
        img.save(&buf, "JPG", j.jpegQuality);
    }
    if (j.breakage == Breakage::TruncatedImage) bytes.truncate(bytes.size() * 6 / 10);
    QFile f(j.imagePath);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        throw StoreError(j.imagePath + ": cannot write the demo image: " + f.errorString());
}

// The captions a dataset has so far, as word-pair sets: an ordinary meme whose caption shares half its word
// pairs with an earlier one is drawn again, so that the planted reposts (plantReposts) are the only
// duplicates and their detection can be scored. Short captions made of a label's phrase alone would otherwise
// repeat.
class CaptionsSoFar {
public:
    bool acceptable(const MemeSpec& spec) const {
        const std::vector<uint64_t> s = shingles(spec);
        if (s.empty()) return true;
        return std::none_of(seen_.begin(), seen_.end(),
                            [&](const std::vector<uint64_t>& o) { return duplicates::jaccard(s, o) >= 0.5; });
    }
    void add(const MemeSpec& spec) { seen_.push_back(shingles(spec)); }

private:
    static std::vector<uint64_t> shingles(const MemeSpec& spec) {
        std::vector<std::string> words;
        for (const QString& w :
             duplicates::captionWords(duplicates::normalizeCaption(spec.topText + ' ' + spec.bottomText)))
            words.push_back(w.toStdString());
        return duplicates::wordShingles(words);
    }
    std::vector<std::vector<uint64_t>> seen_;
};

// Plans a whole dataset; breakages are placed at fixed positions so the report is predictable.
QVector<MemeJob> planDataset(bool restore, const DemoOptions& o, std::mt19937& rng, const QString& dir) {
    QVector<MemeJob> jobs;
    CaptionsSoFar captions;
    const QList<QPair<QString, int>> splits =
        restore ? QList<QPair<QString, int>>{{"train", o.restoreTrain},
                                             {"val", o.restoreVal},
                                             {"test", o.restoreTest}}
                : QList<QPair<QString, int>>{{"train", o.axiomTrain}, {"test", o.axiomTest}};
    for (const auto& [split, count] : splits) {
        const QString imageDir =
            restore ? dir + "/depressive_image/" + split : dir + "/anxiety_" + split + "_image";
        QDir().mkpath(imageDir);
        for (int i = 0; i < count; ++i) {
            MemeJob j = planMeme(restore, drawDemoLabels(restore, rng), rng);
            for (int redraw = 0; redraw < 50 && !captions.acceptable(j.spec); ++redraw)
                j = planMeme(restore, drawDemoLabels(restore, rng), rng);
            captions.add(j.spec);
            j.split = split;
            j.sampleId =
                restore ? restoreId(rng) : QStringLiteral("%1-%2").arg(split == "test" ? "TS" : "TR").arg(i);
            j.imagePath = imageDir + '/' + j.sampleId + (restore ? ".jpeg" : ".jpg");
            jobs << j;
        }
    }
    // Deliberately broken entries (positions within the train split).
    auto at = [&](int i) -> MemeJob& { return jobs[i]; };
    at(5).breakage = Breakage::TruncatedImage;
    at(9).breakage = Breakage::MissingImage;
    at(9).imagePath.clear();
    at(13).breakage = Breakage::EmptyText;
    at(13).ocrText = "";
    at(17).breakage = Breakage::UnknownLabel;
    at(17).labels = QStringList{restore ? "Lack of Energy" : "Irritatbily"};
    if (restore) {
        at(21).breakage = Breakage::UnknownPlusKnown;
        at(21).labels = QStringList{"Feeling Down", "Lack of Energy"};
        at(25).breakage = Breakage::EmptyLabels;
        at(25).labels.clear();
    } else {
        // AxiOM's older releases also carry an 'Unknown' class; put one in the test file.
        MemeJob& t = jobs[o.axiomTrain + 3];
        t.breakage = Breakage::UnknownLabel;
        t.labels = QStringList{"Unknown"};
    }
    // A duplicate id: a second record reusing record 3's id (its image is record 3's).
    MemeJob dup = planMeme(restore, drawDemoLabels(restore, rng), rng);
    dup.split = "train";
    dup.sampleId = jobs[3].sampleId;
    dup.breakage = Breakage::Duplicate;
    dup.imagePath.clear();
    jobs.insert(30, dup);
    return jobs;
}

// Reposts, planted at known rates by replacing ordinary memes (so every file keeps its size): exact copies,
// re-uploads (another site's stamp, a crop, a rescale, another JPEG quality), the caption over another
// picture and the picture under another caption. Originals and copies are drawn from every split, so some
// reposts leak across splits; one in five changes the labels (annotators disagree on reposts too). A separate
// generator keeps every other meme exactly as without reposts. Each original has one repost.
void plantReposts(QVector<MemeJob>& jobs, bool restore, uint32_t seed) {
    std::mt19937 rng(seed ^ (restore ? 0x5e9057u : 0xa10c1u));
    struct Plan {
        const char* kind;
        double rate;
    };
    const Plan plans[] = {{"exact", 0.015}, {"reupload", 0.025}, {"text", 0.015}, {"image", 0.015}};
    QVector<int> eligible; // ordinary memes away from the broken entries and the reasoning records
    QHash<QString, int> seenInFile;
    for (int i = 0; i < jobs.size(); ++i) {
        const int inFile = seenInFile[jobs[i].split]++;
        if (jobs[i].breakage == Breakage::None && inFile >= 60 && !jobs[i].imagePath.isEmpty()) eligible << i;
    }
    for (int i = int(eligible.size()) - 1; i > 0; --i)
        std::swap(eligible[i], eligible[int(rng() % uint32_t(i + 1))]);
    int next = 0;
    const QStringList stamps = {"imgflip.com", "made with mematic", "9GAG", "ifunny.co", "memegenerator.net"};
    const QStringList names = (restore ? LabelSchema::restore() : LabelSchema::axiom()).names();
    for (const Plan& plan : plans) {
        const int count = qMax(1, int(std::lround(plan.rate * jobs.size())));
        for (int c = 0; c < count && next + 1 < eligible.size(); ++c) {
            const MemeJob& original = jobs[eligible[next++]];
            MemeJob& slot = jobs[eligible[next++]];
            MemeJob copy = original;
            const QString kind = plan.kind;
            if (kind == "text") { // the caption over another picture (a fresh look for the same labels)
                QVector<int> idx;
                for (const QString& l : original.labels)
                    idx << names.indexOf(l);
                copy = planMeme(restore, idx, rng);
                copy.spec.topText = original.spec.topText;
                copy.spec.bottomText = original.spec.bottomText;
                copy.spec.captionStyle = original.spec.captionStyle;
                copy.repostChange = "the caption over another picture";
            } else if (kind == "image") { // the picture under another caption
                QVector<int> idx;
                for (const QString& l : original.labels)
                    idx << names.indexOf(l);
                const DemoCaption caption = composeDemoCaption(restore, idx, rng);
                copy.spec.topText = caption.top;
                copy.spec.bottomText = caption.bottom;
                copy.repostChange = "the picture under another caption";
            } else if (kind == "reupload") {
                copy.stamp = stamps[int(rng() % uint32_t(stamps.size()))];
                copy.cropFraction = (1 + rng() % 3) / 100.0;
                copy.scale = 0.6 + (rng() % 81) / 100.0;
                copy.jpegQuality = 55 + int(rng() % 36);
                copy.repostChange =
                    QStringLiteral("re-uploaded: '%1' stamped, %2 %% cropped per side, scaled %3x, "
                                   "JPEG quality %4")
                        .arg(copy.stamp)
                        .arg(int(copy.cropFraction * 100))
                        .arg(copy.scale, 0, 'f', 2)
                        .arg(copy.jpegQuality);
            } else {
                copy.repostChange = "an exact copy";
            }
            if (rng() % 5 == 0) { // annotators gave the repost other labels
                QVector<int> idx = drawDemoLabels(restore, rng);
                QStringList other;
                for (int l : idx)
                    other << names[l];
                if (other != original.labels) {
                    copy.labels = other;
                    copy.repostChange += ", labelled differently";
                }
            }
            copy.repostKind = kind == "text"    ? "same_text_other_image"
                              : kind == "image" ? "same_image_other_text"
                                                : "same_meme";
            copy.repostOf = original.sampleId;
            copy.ocrText = QString(); // the text is what this copy shows (laid out again)
            copy.split = slot.split;
            copy.sampleId = slot.sampleId;
            copy.imagePath = slot.imagePath;
            copy.reasoning.clear();
            copy.breakage = Breakage::None;
            slot = copy;
        }
    }
}

void writeDataset(bool restore, const QVector<MemeJob>& jobs, const QString& dir, const DemoOptions& o,
                  std::mt19937& rng, DemoSummary& summary) {
    const QString prefix = restore ? "depression_" : "anxiety_";
    QMap<QString, QJsonArray> files;
    QJsonObject captions;
    QVector<const MemeJob*> withReasoning;
    for (const MemeJob& j : jobs) {
        files[j.split].append(recordJson(j));
        if (j.breakage != Breakage::Duplicate) captions.insert(j.sampleId, j.rendered);
        if (!j.reasoning.isEmpty()) withReasoning << &j;
        if (j.breakage != Breakage::None)
            summary.brokenEntries << QStringLiteral("%1%2.json %3: %4")
                                         .arg(prefix, j.split, j.sampleId,
                                              QStringList{"", "truncated image", "missing image",
                                                          "unknown label", "unknown + known label",
                                                          "empty label list", "duplicate id",
                                                          "empty ocr_text"}[int(j.breakage)]);
    }
    for (auto it = files.begin(); it != files.end(); ++it)
        writeJson(dir + '/' + prefix + it.key() + ".json", QJsonDocument(it.value()));
    QJsonArray reposts;
    for (const MemeJob& j : jobs)
        if (!j.repostOf.isEmpty())
            reposts.append(QJsonObject{{"original", j.repostOf},
                                       {"copy", j.sampleId},
                                       {"kind", j.repostKind},
                                       {"change", j.repostChange}});
    writeJson(dir + "/demo_reposts.json",
              QJsonDocument(
                  QJsonObject{{"about", "reposts planted on purpose: each copy repeats its original "
                                        "(kind: same_meme, same_text_other_image, same_image_other_text)"},
                              {"seed", qint64(o.seed)},
                              {"reposts", reposts}}));
    // What a relevance map should find (the pointing game of `explain --faithfulness`): the class whose
    // motif was drawn, the box it covers, and per given label the caption words that carry it.
    const QStringList names = (restore ? LabelSchema::restore() : LabelSchema::axiom()).names();
    QJsonObject truth;
    for (const MemeJob& j : jobs) {
        if (j.imagePath.isEmpty() || j.breakage != Breakage::None || j.motifClass < 0) continue;
        QJsonObject words;
        const QStringList caption =
            j.rendered.toLower().split(QRegularExpression("[^a-z0-9']+"), Qt::SkipEmptyParts);
        for (const QString& label : j.labels) {
            const int l = int(names.indexOf(label));
            if (l < 0) continue;
            QStringList found;
            for (const QString& w : demoLabelWords(restore, l))
                if (caption.contains(w) && !found.contains(w)) found << w;
            if (!found.isEmpty()) words.insert(label, QJsonArray::fromStringList(found));
        }
        const QRectF& b = j.motifBox;
        truth.insert(j.sampleId, QJsonObject{{"motif_label", names.value(j.motifClass)},
                                             {"motif_box", QJsonArray{qRound(b.x()), qRound(b.y()),
                                                                      qRound(b.width()), qRound(b.height())}},
                                             {"label_words", words}});
    }
    writeJson(dir + "/demo_truth.json",
              QJsonDocument(QJsonObject{
                  {"about", "what each demo meme's label rests on: the class whose motif was drawn "
                            "(motif_label; it is another class's on purpose in about a third of the memes), "
                            "the box it covers in image pixels [x, y, width, height], and per given label "
                            "the caption words that belong to that label alone"},
                  {"seed", qint64(o.seed)},
                  {"memes", truth}}));
    // The llava file holds the same records (shuffled, as upstream) plus reasoning text; one record refers
    // to an id that is not in the dataset, which the import report must list.
    for (int i = int(withReasoning.size()) - 1; i > 0; --i)
        std::swap(withReasoning[i], withReasoning[int(rng() % uint32_t(i + 1))]);
    QJsonArray llava;
    for (const MemeJob* j : withReasoning) {
        QJsonObject rec = recordJson(*j);
        const QStringList parts =
            j->reasoning.split(QRegularExpression(R"(\s*\d\. [A-Za-z -]+: )"), Qt::SkipEmptyParts);
        rec.insert("figurative_reasoning", j->reasoning);
        rec.insert("cause_effect", parts.value(0));
        rec.insert("figurative_understanding", parts.value(1));
        rec.insert("mental_state", parts.value(2));
        llava.append(rec);
    }
    llava.append(QJsonObject{{"sample_id", "not-in-dataset"},
                             {"ocr_text", "orphan"},
                             {"figurative_reasoning", "1. Cause-Effect: none"}});
    writeJson(dir + '/' + prefix + "train_llava_dataset.json", QJsonDocument(llava));
    writeJson(
        dir + "/demo_captions.json",
        QJsonDocument(QJsonObject{{"about", "exact text rendered on each demo image, line breaks as drawn"},
                                  {"seed", qint64(o.seed)},
                                  {"captions", captions}}));
}

} // namespace

DemoSummary DemoGenerator::generate(const DemoOptions& o, const JobContext& job) {
    QElapsedTimer timer;
    timer.start();
    DemoSummary summary;
    summary.axiomDir = QDir(o.outDir).absoluteFilePath("axiom");
    summary.restoreDir = QDir(o.outDir).absoluteFilePath("restore");
    for (const QString& d : {summary.axiomDir, summary.restoreDir})
        if (!QDir().mkpath(d)) throw StoreError(d + ": cannot create the folder");

    std::mt19937 rng(o.seed);
    QVector<MemeJob> axiom = planDataset(false, o, rng, summary.axiomDir);
    QVector<MemeJob> restore = planDataset(true, o, rng, summary.restoreDir);
    plantReposts(axiom, false, o.seed);
    plantReposts(restore, true, o.seed);
    // Figurative reasoning for the first N clean train records of each set.
    for (QVector<MemeJob>* set : {&axiom, &restore}) {
        int n = 0;
        for (int i = 0; i < set->size() && n < o.reasoningPerDataset; ++i) {
            MemeJob& j = (*set)[i];
            if (j.split != "train" || j.breakage != Breakage::None) continue;
            j.reasoning = DemoVocabulary::reasoningFor(j.labels.join(" and "),
                                                       j.spec.topText + ' ' + j.spec.bottomText, n);
            ++n;
        }
    }

    // Rendering and JPEG encoding are independent per meme: spread them over all cores.
    QVector<MemeJob*> all;
    for (auto& j : axiom)
        all << &j;
    for (auto& j : restore)
        all << &j;
    std::atomic<int> done{0};
    const int total = int(all.size());
    for (MemeJob* j : all)
        layoutJob(*j);
    QtConcurrent::blockingMap(all, [&](MemeJob* j) {
        renderJob(*j);
        const int d = ++done;
        if (d % 50 == 0 || d == total)
            job.progress({d, total, QCoreApplication::translate("memescope::Progress", "rendering memes")});
    });
    for (const MemeJob* j : all)
        summary.images += j->imagePath.isEmpty() ? 0 : 1;

    writeDataset(false, axiom, summary.axiomDir, o, rng, summary);
    writeDataset(true, restore, summary.restoreDir, o, rng, summary);
    summary.axiomRecords = int(axiom.size());
    summary.restoreRecords = int(restore.size());
    summary.seconds = timer.elapsed() / 1000.0;
    return summary;
}

} // namespace memescope
