// Duplicate and leak detection (core/duplicates): caption normalisation, the perceptual hash under the
// changes reposts make, the LSH and multi-index searches against brute force, group kinds, leaks and
// conflicting labels, settings out of range, and the project-level pass (hashes stored, undecodable images
// named).
#include "TestDatasets.h"
#include "core/analysis/RunSummary.h"
#include "core/dataset/DatasetImporter.h"
#include "core/duplicates/CaptionNormalizer.h"
#include "core/duplicates/DuplicateFinder.h"
#include "core/duplicates/GroupAwareSplit.h"
#include "core/duplicates/HammingIndex.h"
#include "core/duplicates/ImageHashing.h"
#include "core/duplicates/LeakFreeRefresh.h"
#include "core/duplicates/PerceptualHash.h"
#include "core/duplicates/PictureIndex.h"
#include "core/duplicates/ProjectDuplicates.h"
#include "core/duplicates/TextSimilarity.h"
#include "core/duplicates/UnionFind.h"
#include "core/store/ImageHashStore.h"
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"
#include "core/store/SampleStore.h"
#include "core/store/SplitSchemeStore.h"
#include "core/store/StoreError.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <random>
#include <set>

using namespace memescope;
using namespace memescope::duplicates;

namespace {

// A picture with structure: a gradient, a dozen random shapes and a caption band, all from `seed`.
cv::Mat syntheticPicture(uint32_t seed, int w = 480, int h = 400) {
    std::mt19937 rng(seed);
    cv::Mat img(h, w, CV_8UC3);
    const cv::Vec3b a(rng() % 256, rng() % 256, rng() % 256), b(rng() % 256, rng() % 256, rng() % 256);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const double t = double(x + y) / double(w + h);
            for (int c = 0; c < 3; ++c)
                img.at<cv::Vec3b>(y, x)[c] = uchar(a[c] * (1 - t) + b[c] * t);
        }
    for (int i = 0; i < 12; ++i) {
        const cv::Scalar colour(rng() % 256, rng() % 256, rng() % 256);
        const cv::Point p(int(rng() % uint32_t(w)), int(rng() % uint32_t(h)));
        if (i % 2)
            cv::circle(img, p, 15 + int(rng() % 60), colour, cv::FILLED);
        else
            cv::rectangle(img, p, p + cv::Point(20 + int(rng() % 120), 20 + int(rng() % 90)), colour,
                          cv::FILLED);
    }
    cv::putText(img, "WHEN YOU SEE IT", {20, 50}, cv::FONT_HERSHEY_DUPLEX, 1.2, {255, 255, 255}, 3);
    return img;
}

// A meme: the picture of `seed` (shapes over a gradient whose colours come from `backgroundSeed`) with an
// Impact-like caption over its top and bottom; `boxes` receives where the words are (as OCR reports them).
cv::Mat captionedPicture(uint32_t seed, const std::string& top, const std::string& bottom,
                         std::vector<cv::Rect>* boxes, uint32_t backgroundSeed = 0, int w = 480,
                         int h = 400) {
    std::mt19937 background(backgroundSeed ? backgroundSeed : seed);
    std::mt19937 rng(seed * 7919u + 13u);
    cv::Mat img(h, w, CV_8UC3);
    const cv::Vec3b a(background() % 256, background() % 256, background() % 256),
        b(background() % 256, background() % 256, background() % 256);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const double t = double(y) / double(h);
            for (int c = 0; c < 3; ++c)
                img.at<cv::Vec3b>(y, x)[c] = uchar(a[c] * (1 - t) + b[c] * t);
        }
    for (int i = 0; i < 4; ++i) { // a few objects, as a meme's picture has
        const cv::Scalar colour(rng() % 256, rng() % 256, rng() % 256);
        const cv::Point p(w / 6 + int(rng() % uint32_t(w * 2 / 3)), h / 4 + int(rng() % uint32_t(h / 2)));
        if (i % 2)
            cv::circle(img, p, 20 + int(rng() % 50), colour, cv::FILLED);
        else
            cv::rectangle(img, p - cv::Point(30, 30),
                          p + cv::Point(20 + int(rng() % 60), 20 + int(rng() % 50)), colour, cv::FILLED);
    }
    auto caption = [&](const std::string& text, int baseline) {
        if (text.empty()) return;
        int base = 0;
        const cv::Size size = cv::getTextSize(text, cv::FONT_HERSHEY_DUPLEX, 1.1, 3, &base);
        const cv::Point at((w - size.width) / 2, baseline);
        cv::putText(img, text, at, cv::FONT_HERSHEY_DUPLEX, 1.1, {0, 0, 0}, 7);
        cv::putText(img, text, at, cv::FONT_HERSHEY_DUPLEX, 1.1, {255, 255, 255}, 3);
        if (boxes) boxes->push_back({at.x, at.y - size.height, size.width, size.height + base});
    };
    caption(top, 50);
    caption(bottom, h - 25);
    return img;
}

double pictureSimilarity(const cv::Mat& a, const std::vector<cv::Rect>& boxesA, const cv::Mat& b,
                         const std::vector<cv::Rect>& boxesB) {
    return PictureIndex::similarity(*pictureSignature(a, boxesA), *pictureSignature(b, boxesB)).value_or(-2);
}

cv::Mat jpegRoundTrip(const cv::Mat& img, int quality) {
    std::vector<uchar> bytes;
    cv::imencode(".jpg", img, bytes, {cv::IMWRITE_JPEG_QUALITY, quality});
    return cv::imdecode(bytes, cv::IMREAD_COLOR);
}

int distance(const cv::Mat& a, const cv::Mat& b) {
    const auto ha = perceptualHash(a), hb = perceptualHash(b);
    if (!ha || !hb) return -1;
    return hammingDistance(*ha, *hb);
}

// The connected components that a list of pairs links, as sorted member lists (groups of two or more).
template <typename Pair> std::set<std::vector<int>> components(int n, const std::vector<Pair>& pairs) {
    UnionFind uf(n);
    for (const Pair& p : pairs)
        uf.unite(p.a, p.b);
    std::map<int, std::vector<int>> byRoot;
    for (int i = 0; i < n; ++i)
        byRoot[uf.find(i)].push_back(i);
    std::set<std::vector<int>> out;
    for (auto& [root, members] : byRoot)
        if (members.size() > 1) out.insert(members);
    return out;
}

DuplicateInput meme(const QString& text, std::optional<uint64_t> hash, Split split,
                    std::optional<uint64_t> labels = std::nullopt) {
    DuplicateInput in;
    in.text = text;
    in.imageHash = hash;
    in.hasImage = hash.has_value();
    in.split = split;
    in.labels = labels;
    return in;
}

} // namespace

class TestDuplicates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void normalisationFoldsWhatRepostsChange_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("case and punctuation") << "When you SEE it!!!"
                                              << "when you see it";
        QTest::newRow("whitespace") << "  when\tyou\n\nsee   it "
                                    << "when you see it";
        QTest::newRow("handle") << "when you see it @sadboi_memes42"
                                << "when you see it";
        QTest::newRow("domain watermark") << "when you see it imgflip.com"
                                          << "when you see it";
        QTest::newRow("app stamp") << "when you see it made with mematic"
                                   << "when you see it";
        QTest::newRow("site name") << "9GAG when you see it"
                                   << "when you see it";
        QTest::newRow("subreddit") << "when you see it r/2meirl4meirl"
                                   << "when you see it";
        QTest::newRow("url") << "when you see it https://example.org/x?y=1"
                             << "when you see it";
        QTest::newRow("NFKC full-width")
            << QString::fromUtf8("ｗｈｅｎ ｙｏｕ ＳＥＥ ｉｔ") << "when you see it";
        QTest::newRow("NFKC ligature") << QString::fromUtf8("ﬁnally free") << "finally free";
        QTest::newRow("apostrophes") << QString::fromUtf8("don't you dare, don’t") << "dont you dare dont";
        QTest::newRow("emoji are boundaries") << QString::fromUtf8("me😭at 3am") << "me at 3am";
        QTest::newRow("devanagari keeps its signs")
            << QString::fromUtf8("मुझे नींद नहीं") << QString::fromUtf8("मुझे नींद नहीं");
        QTest::newRow("only a watermark") << "@memes imgflip.com"
                                          << "";
        QTest::newRow("email-like text is not a handle") << "a@b"
                                                         << "a b";
    }
    void normalisationFoldsWhatRepostsChange() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(normalizeCaption(text), expected);
    }

    void perceptualHashSurvivesRepostChanges() {
        for (uint32_t seed : {1u, 2u, 3u, 4u, 5u}) {
            const cv::Mat img = syntheticPicture(seed);
            cv::Mat half, larger, cropped;
            cv::resize(img, half, {}, 0.5, 0.5, cv::INTER_AREA);
            cv::resize(img, larger, {}, 1.7, 1.7, cv::INTER_LINEAR);
            // A crop moves every frequency: 3 % per side costs up to 10 bits (the default distance).
            const int dx = img.cols * 3 / 100, dy = img.rows * 3 / 100;
            cropped = img(cv::Rect(dx, dy, img.cols - 2 * dx, img.rows - 2 * dy)).clone();
            QVERIFY2(distance(img, half) <= 4,
                     qPrintable(QString("resize 0.5: %1").arg(distance(img, half))));
            QVERIFY2(distance(img, larger) <= 4,
                     qPrintable(QString("resize 1.7: %1").arg(distance(img, larger))));
            QVERIFY2(distance(img, jpegRoundTrip(img, 40)) <= 4,
                     qPrintable(QString("JPEG 40: %1").arg(distance(img, jpegRoundTrip(img, 40)))));
            QVERIFY2(distance(img, cropped) <= DuplicateSettings().imageDistance,
                     qPrintable(QString("crop 3 %%: %1").arg(distance(img, cropped))));
        }
    }

    void perceptualHashTellsPicturesApart() {
        std::vector<uint64_t> hashes;
        for (uint32_t seed = 10; seed < 40; ++seed)
            hashes.push_back(*perceptualHash(syntheticPicture(seed)));
        int closest = 64;
        for (size_t a = 0; a < hashes.size(); ++a)
            for (size_t b = a + 1; b < hashes.size(); ++b)
                closest = std::min(closest, hammingDistance(hashes[a], hashes[b]));
        QVERIFY2(closest > 12, qPrintable(QString("two different pictures within %1 bits").arg(closest)));
    }

    void flatImagesHaveNoHash() {
        QVERIFY(!perceptualHash(cv::Mat(64, 64, CV_8UC3, cv::Scalar(30, 200, 90))));
        QVERIFY(!perceptualHash(cv::Mat()));
        QVERIFY(perceptualHash(syntheticPicture(1)).has_value());
    }

    void hammingIndexFindsWhatAllPairsFind() {
        std::mt19937_64 rng(5);
        std::vector<uint64_t> hashes;
        for (int i = 0; i < 3000; ++i)
            hashes.push_back(rng());
        // Planted neighbours at every distance up to 16, and exact copies.
        for (int i = 0; i < 400; ++i) {
            uint64_t h = hashes[size_t(i)];
            const int flips = i % 17;
            for (int f = 0; f < flips; ++f)
                h ^= uint64_t(1) << (rng() % 64);
            hashes.push_back(h);
        }
        for (int i = 0; i < 30; ++i)
            hashes.push_back(hashes[size_t(i * 7)]);
        for (int d : {0, 3, 8, 12, 16}) {
            const auto fast = HammingIndex::pairsWithin(hashes, d);
            const auto slow = HammingIndex::allPairsWithin(hashes, d);
            QCOMPARE(components(int(hashes.size()), fast), components(int(hashes.size()), slow));
            for (const ImageMatch& m : fast)
                QVERIFY(m.distance <= d &&
                        hammingDistance(hashes[size_t(m.a)], hashes[size_t(m.b)]) == m.distance);
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, HammingIndex::pairsWithin(hashes, 17));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, HammingIndex::pairsWithin(hashes, -1));
    }

    void minHashFindsNearCaptionsLikeBruteForce() {
        // Captions of 12 random words from a 2,000-word vocabulary, with near copies (one or two words
        // changed) and unrelated ones; LSH + verification must find every pair brute force finds at 0.7.
        std::mt19937 rng(11);
        auto word = [&] { return "w" + std::to_string(rng() % 2000); };
        std::vector<std::vector<std::string>> captions;
        for (int i = 0; i < 1500; ++i) {
            std::vector<std::string> c;
            for (int k = 0; k < 12; ++k)
                c.push_back(word());
            captions.push_back(c);
        }
        for (int i = 0; i < 300; ++i) {
            std::vector<std::string> c = captions[size_t(i)];
            for (int k = 0; k < 1 + i % 2; ++k)
                c[rng() % c.size()] = word();
            captions.push_back(c);
        }
        std::vector<std::vector<uint64_t>> sets;
        for (const auto& c : captions)
            sets.push_back(wordShingles(c));
        sets.push_back({}); // an empty caption matches nothing, not even another empty one
        sets.push_back({});
        for (double threshold : {0.5, 0.6, 0.7}) {
            const auto found = MinHashIndex::nearPairs(sets, threshold);
            std::set<std::pair<int, int>> got, expected;
            for (const TextMatch& m : found) {
                QVERIFY(m.similarity >= threshold);
                got.insert({m.a, m.b});
            }
            for (int a = 0; a < int(sets.size()); ++a)
                for (int b = a + 1; b < int(sets.size()); ++b)
                    if (jaccard(sets[size_t(a)], sets[size_t(b)]) >= threshold) expected.insert({a, b});
            int missed = 0;
            for (const auto& p : expected)
                missed += got.count(p) ? 0 : 1;
            QVERIFY(!expected.empty());
            // LSH is probabilistic: at these thresholds a missed pair has probability < 1 %.
            QVERIFY2(missed <= int(expected.size()) / 100,
                     qPrintable(QString("threshold %1: %2 of %3 pairs missed")
                                    .arg(threshold)
                                    .arg(missed)
                                    .arg(expected.size())));
            for (const auto& p : got)
                QVERIFY(expected.count(p)); // verified exactly: never a pair below the threshold
        }
    }

    void pictureSignatureSeesThePictureUnderAnotherCaption() {
        const double threshold = DuplicateSettings().pictureSimilarity;
        double weakest = 1;
        for (uint32_t seed : {1u, 2u, 3u, 4u, 5u}) {
            std::vector<cv::Rect> boxesA, boxesB, boxesC;
            const cv::Mat a = captionedPicture(seed, "WHEN THE ALARM RINGS", "AND YOU STAY IN BED", &boxesA);
            const cv::Mat b = captionedPicture(seed, "ME AT THE PARTY", "COUNTING THE EXITS AGAIN", &boxesB);
            const cv::Mat c = captionedPicture(seed, "", "NOBODY: MY BRAIN AT 3 AM", &boxesC);
            QVERIFY2(pictureSimilarity(a, boxesA, b, boxesB) >= threshold,
                     qPrintable(QString("seed %1, other caption: %2")
                                    .arg(seed)
                                    .arg(pictureSimilarity(a, boxesA, b, boxesB))));
            QVERIFY2(pictureSimilarity(a, boxesA, c, boxesC) >= threshold,
                     qPrintable(QString("seed %1, one caption: %2")
                                    .arg(seed)
                                    .arg(pictureSimilarity(a, boxesA, c, boxesC))));
            // Re-uploaded as well: rescaled and re-encoded (the boxes scale with the picture).
            cv::Mat smaller;
            cv::resize(b, smaller, {}, 0.6, 0.6, cv::INTER_AREA);
            std::vector<cv::Rect> scaled;
            for (const cv::Rect& r : boxesB)
                scaled.push_back({int(r.x * 0.6), int(r.y * 0.6), int(r.width * 0.6), int(r.height * 0.6)});
            const double reupload = pictureSimilarity(a, boxesA, jpegRoundTrip(smaller, 55), scaled);
            QVERIFY2(reupload >= threshold,
                     qPrintable(QString("seed %1, re-uploaded: %2").arg(seed).arg(reupload)));
            weakest = std::min({weakest, reupload, pictureSimilarity(a, boxesA, b, boxesB)});
        }
        qInfo("weakest similarity of one picture under other captions: %.3f", weakest);
    }

    void pictureSignatureTellsPicturesApartOnOneBackground() {
        // Thirty pictures, every one over the same gradient and with one caption: the background they share
        // and the caption must not make them alike.
        std::vector<PictureSignature> signatures;
        for (uint32_t seed = 10; seed < 40; ++seed) {
            std::vector<cv::Rect> boxes;
            signatures.push_back(*pictureSignature(
                captionedPicture(seed, "WHEN YOU SEE IT", "YOU CANNOT UNSEE IT", &boxes, 99), boxes));
        }
        double closest = -1;
        for (size_t a = 0; a < signatures.size(); ++a)
            for (size_t b = a + 1; b < signatures.size(); ++b)
                closest =
                    std::max(closest, PictureIndex::similarity(signatures[a], signatures[b]).value_or(-1));
        qInfo("closest two different pictures on one background: %.3f", closest);
        QVERIFY2(closest < DuplicateSettings().pictureSimilarity - 0.1,
                 qPrintable(QString("two different pictures at similarity %1").arg(closest)));
        // Nothing to compare: a flat picture, or one that is all text.
        std::vector<cv::Rect> everywhere{{0, 0, 480, 400}};
        const cv::Mat flat(400, 480, CV_8UC3, cv::Scalar(40, 90, 200));
        QVERIFY(!PictureIndex::similarity(*pictureSignature(flat, {}), *pictureSignature(flat, {})));
        const PictureSignature allText =
            *pictureSignature(captionedPicture(1, "A", "B", nullptr), everywhere);
        QCOMPARE(allText.textBlocks(), PictureSignature::kBlocks);
        QVERIFY(!PictureIndex::similarity(allText, allText));
        // The stored form round-trips; a wrong size is refused.
        const std::optional<PictureSignature> back = PictureSignature::fromBytes(signatures[3].toBytes());
        QVERIFY(back && back->colours == signatures[3].colours && back->textMask == signatures[3].textMask);
        QVERIFY(!PictureSignature::fromBytes(QByteArray(17, 'x')));
        QVERIFY(!pictureSignature(cv::Mat(), {}));
    }

    void pictureIndexFindsWhatAllPairsFind() {
        // 60 pictures, each under one to three captions, some rescaled and re-encoded, in shuffled order.
        std::vector<PictureSignature> signatures;
        const char* captions[] = {"WHEN THE ALARM RINGS", "ME AT THE PARTY", "NOBODY AT ALL",
                                  "MY BRAIN AT NIGHT"};
        std::mt19937 rng(5);
        for (uint32_t seed = 100; seed < 160; ++seed)
            for (uint32_t k = 0; k <= seed % 3; ++k) {
                std::vector<cv::Rect> boxes;
                cv::Mat img =
                    captionedPicture(seed, captions[(seed + k) % 4], captions[(seed + 2 * k + 1) % 4], &boxes,
                                     seed % 4 + 1); // four shared backgrounds
                if (k == 2) img = jpegRoundTrip(img, 60);
                signatures.push_back(*pictureSignature(img, boxes));
            }
        std::shuffle(signatures.begin(), signatures.end(), rng);
        std::vector<const PictureSignature*> pictures;
        for (const PictureSignature& s : signatures)
            pictures.push_back(&s);
        const double threshold = DuplicateSettings().pictureSimilarity;
        const auto indexed = PictureIndex::pairsAbove(pictures, threshold);
        const auto all = PictureIndex::allPairsAbove(pictures, threshold);
        QCOMPARE(components(int(pictures.size()), indexed), components(int(pictures.size()), all));
        QCOMPARE(int(components(int(pictures.size()), all).size()), 40); // seeds with 2 or 3 captions
        // Memes without a signature take no part.
        pictures[0] = nullptr;
        for (const PictureMatch& m : PictureIndex::pairsAbove(pictures, threshold))
            QVERIFY(m.a != 0 && m.b != 0);
    }

    void groupKindsLeaksAndConflicts() {
        const uint64_t h1 = 0x0123456789abcdefULL, h2 = ~h1, h3 = 0x00ff00ff00ff00ffULL;
        const QString t1 = "when the anxiety hits at three in the morning";
        const QString t2 = "me pretending to be fine at the family dinner";
        const QString t3 = "nobody absolutely nobody my brain at night";
        std::vector<DuplicateInput> in = {
            meme(t1, h1, Split::Train, 1),                  // 0 ┐ same meme (another watermark, 3 bits off)
            meme(t1 + " @memes", h1 ^ 0x7, Split::Test, 1), // 1 ┘ leaks into test
            meme(t2, h2, Split::Train, 2),                  // 2 ┐ same text, other image
            meme(t2 + "!", h3, Split::Train, 4),            // 3 ┘ conflicting labels
            meme("a caption nobody else wrote here", h1 ^ 0xff00000000000000ULL,
                 Split::Validation),                // 4: other text, image 8 bits from 0
            meme(t3, std::nullopt, Split::Test),    // 5 ┐ text only
            meme(t3, std::nullopt, Split::Test),    // 6 ┘
            meme("", std::nullopt, Split::Train),   // 7 ┐ empty texts never match
            meme("", std::nullopt, Split::Test),    // 8 ┘
            meme("me", std::nullopt, Split::Train), // 9 ┐ too short to compare
            meme("me", std::nullopt, Split::Test),  // 10┘
        };
        DuplicateSettings s;
        s.imageDistance = 4;
        DuplicateReport r = findDuplicates(in, s);
        QCOMPARE(int(r.groups.size()), 3);
        auto groupOf = [&](int i) -> const DuplicateGroup& { return r.groups[size_t(r.groupOf[size_t(i)])]; };
        QCOMPARE(groupOf(0).kind, DuplicateKind::SameMeme);
        QCOMPARE(groupOf(0).members, (std::vector<int>{0, 1}));
        QVERIFY(groupOf(0).leak && !groupOf(0).conflictingLabels);
        QCOMPARE(groupOf(0).maxImageDistance, 3);
        QCOMPARE(groupOf(2).kind, DuplicateKind::SameTextOtherImage);
        QVERIFY(!groupOf(2).leak && groupOf(2).conflictingLabels);
        QCOMPARE(groupOf(5).kind, DuplicateKind::TextOnly);
        QVERIFY(!groupOf(5).leak);
        for (int i : {4, 7, 8, 9, 10})
            QCOMPARE(r.groupOf[size_t(i)], -1);
        QCOMPARE(r.leakedTestMembers(), std::vector<int>{1});
        QCOMPARE(r.comparedTexts, 7); // the empty and the one-word captions are not compared

        // Meme 4's picture is 8 bits from meme 0's under another caption: too far for a picture-only link by
        // default (4 bits); wider settings pull it in, and then all three share one picture.
        s.imageDistance = 12;
        r = findDuplicates(in, s);
        QCOMPARE(r.groupOf[4], -1);
        s.imageOnlyDistance = 8;
        r = findDuplicates(in, s);
        QCOMPARE(groupOf(4).kind, DuplicateKind::SameImageOtherText);
        QCOMPARE(groupOf(4).members, (std::vector<int>{0, 1, 4}));
        QVERIFY(groupOf(4).leak);
        // A chain: 2 and 3 share the caption, 3 and a new meme the picture: neither is common to all.
        std::vector<DuplicateInput> chain = {
            in[2], in[3], meme("yet another caption for the same picture", h3 ^ 1, Split::Test)};
        r = findDuplicates(chain, s);
        QCOMPARE(int(r.groups.size()), 1);
        QCOMPARE(r.groups[0].kind, DuplicateKind::Mixed);
        // The picture under another caption, seen by the caption-blind signatures although the pHashes of
        // the two whole memes are far apart (their captions differ).
        std::vector<cv::Rect> boxesA, boxesB;
        std::vector<DuplicateInput> recaptioned = {
            meme("when the alarm rings and you stay in bed", h1, Split::Train, 1),
            meme("me at the party counting the exits again", h2, Split::Test, 2)};
        recaptioned[0].picture = pictureSignature(
            captionedPicture(7, "WHEN THE ALARM RINGS", "AND YOU STAY IN BED", &boxesA), boxesA);
        recaptioned[1].picture = pictureSignature(
            captionedPicture(7, "ME AT THE PARTY", "COUNTING THE EXITS AGAIN", &boxesB), boxesB);
        r = findDuplicates(recaptioned, DuplicateSettings());
        QCOMPARE(int(r.groups.size()), 1);
        QCOMPARE(r.groups[0].kind, DuplicateKind::SameImageOtherText);
        QVERIFY(r.groups[0].pictureMatched && r.groups[0].leak && r.groups[0].conflictingLabels);
        QVERIFY(r.groups[0].minPictureSimilarity >= DuplicateSettings().pictureSimilarity);
        QCOMPARE(r.comparedPictures, 2);
        // Where the signatures have nothing to compare (short text on a plain white backdrop), the pHash
        // rule still links byte-identical memes whose captions are too short to compare.
        std::vector<cv::Rect> boxesW;
        cv::Mat white(400, 480, CV_8UC3, cv::Scalar(255, 255, 255));
        cv::putText(white, "ME", {200, 220}, cv::FONT_HERSHEY_DUPLEX, 2, {0, 0, 0}, 3);
        boxesW.push_back({190, 170, 110, 70});
        std::vector<DuplicateInput> plain = {meme("me", h3, Split::Train), meme("me too", h3, Split::Test)};
        plain[0].picture = pictureSignature(white, boxesW);
        plain[1].picture = pictureSignature(white, boxesW);
        QVERIFY(!PictureIndex::similarity(*plain[0].picture, *plain[1].picture));
        r = findDuplicates(plain, DuplicateSettings());
        QCOMPARE(int(r.groups.size()), 1);
        QCOMPARE(r.groups[0].kind, DuplicateKind::SameImageOtherText);
        // A lone meme, and none at all, are no error.
        QVERIFY(findDuplicates({in[0]}, s).groups.empty());
        QVERIFY(findDuplicates({}, s).groups.empty());
    }

    void settingsOutOfRangeAreRefusedWithTheRange() {
        DuplicateSettings s;
        s.textThreshold = 0.3;
        try {
            findDuplicates({}, s);
            QFAIL("a threshold of 0.3 was accepted");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(QString(e.what()).contains("0.5 and 1"), e.what());
        }
        s = {};
        s.imageDistance = 40;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, findDuplicates({}, s));
        s = {};
        s.imageOnlyDistance = s.imageDistance + 1;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, findDuplicates({}, s));
        s = {};
        s.pictureSimilarity = 0.2;
        try {
            findDuplicates({}, s);
            QFAIL("a picture similarity of 0.2 was accepted");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(QString(e.what()).contains("picture similarity must be between 0.5 and 1"), e.what());
        }
        s = {};
        s.minWords = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, findDuplicates({}, s));
    }

    void projectHashesAreStoredAndUndecodableImagesNamed() {
        QTemporaryDir dir;
        const QString data = dir.filePath("restore");
        QJsonArray train;
        train.append(
            testdata::restoreRecord("a0", "when the anxiety hits at three in the morning", {"Feeling Down"}));
        train.append(
            testdata::restoreRecord("a1", "me pretending to be fine at the family dinner", {"Self-Harm"}));
        train.append(
            testdata::restoreRecord("a2", "nobody absolutely nobody my brain at night", {"Feeling Down"}));
        testdata::writeRestore(data, "train", train);
        QJsonArray test;
        test.append(testdata::restoreRecord("b0", "When the ANXIETY hits at three in the morning imgflip.com",
                                            {"Feeling Down"}));
        test.append(
            testdata::restoreRecord("b1", "a caption that is nowhere else in the data", {"Self-Harm"}));
        testdata::writeRestore(data, "test", test);
        // Pictures: a0 and b0 the same picture re-encoded smaller; a1 and b1 others; a2 truncated.
        const cv::Mat a = syntheticPicture(1);
        cv::Mat small;
        cv::resize(a, small, {}, 0.6, 0.6, cv::INTER_AREA);
        auto path = [&](const char* split, const char* id) {
            return (data + "/depressive_image/" + split + "/" + id + ".jpeg").toStdString();
        };
        cv::imwrite(path("train", "a0"), a);
        cv::imwrite(path("test", "b0"), small, {cv::IMWRITE_JPEG_QUALITY, 50});
        cv::imwrite(path("train", "a1"), syntheticPicture(2));
        cv::imwrite(path("test", "b1"), syntheticPicture(3));
        std::vector<uchar> bytes;
        cv::imencode(".jpg", syntheticPicture(4), bytes);
        testdata::writeFile(QString::fromStdString(path("train", "a2")),
                            QByteArray(reinterpret_cast<const char*>(bytes.data()), int(bytes.size()) / 2));

        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        DatasetImporter::importPath(*store, data, {});
        QStringList messages;
        JobContext job(JobContext::Listener{{}, [&](const QString& m) { messages << m; }, {}});
        const ProjectDuplicates found = ProjectDuplicates::find(*store, {}, job);
        QCOMPARE(int(found.report.groups.size()), 1);
        const DuplicateGroup& g = found.report.groups[0];
        QCOMPARE(g.kind, DuplicateKind::SameMeme);
        QVERIFY(g.leak);
        QStringList ids;
        for (int m : g.members)
            ids << found.samples[m].sampleId;
        ids.sort();
        QCOMPARE(ids, (QStringList{"a0", "b0"}));
        QCOMPARE(found.leakedTestRowIds().size(), 1);
        QCOMPARE(found.leaksBySplitPair().value("train-test"), 1);
        // The truncated image has no hash and is named; the good images next to it were hashed and stored.
        const QString all = messages.join('\n');
        QVERIFY2(all.contains("a2"), qPrintable(all));
        QCOMPARE(ImageHashStore(*store).current().size(), 5);
        QVERIFY(ImageHashStore(*store).missing().size() <= 1); // only the undecodable one may be retried
        // Stored hashes are reused: a second pass decodes nothing new.
        const ImageHashSummary again = ImageHashJob::run(*store);
        QCOMPARE(again.hashed, 0);
        // Each hashed image has its caption-blind picture signature beside its pHash.
        int pictures = 0;
        for (const StoredImageHash& h : ImageHashStore(*store).current())
            if (h.phash) {
                QVERIFY(PictureSignature::fromBytes(h.picture).has_value());
                ++pictures;
            }
        QCOMPARE(pictures, 4);
        // A project hashed before signatures were kept (schema 6) gets them on the next pass, pHashes intact.
        const qsizetype retried = ImageHashStore(*store).missing().size(); // the undecodable one, perhaps
        {
            QSqlQuery q(store->db());
            QVERIFY(q.exec("UPDATE image_hashes SET picture = NULL"));
        }
        QCOMPARE(ImageHashStore(*store).missing().size(), retried + 4);
        QCOMPARE(ImageHashJob::run(*store).hashed, 4);
        QCOMPARE(ImageHashStore(*store).missing().size(), retried);
    }

    // A run's stored leak-free figures follow the project's duplicate settings: refreshed from its stored
    // predictions when they change (a near-repeat of a training caption counts at 0.7, not at 0.95).
    void leakFreeFiguresFollowTheSettings() {
        QTemporaryDir dir;
        const QString data = dir.filePath("restore");
        QJsonArray train, test;
        train.append(testdata::restoreRecord(
            "t0", "when the anxiety hits at three in the morning and nobody is awake", {"Feeling Down"}));
        train.append(testdata::restoreRecord("t1", "me pretending to be fine at the family dinner again",
                                             {"Self-Harm"}));
        test.append(testdata::restoreRecord(
            "e0", "when the anxiety hits at three in the morning and nobody is up", {"Feeling Down"}));
        test.append(testdata::restoreRecord("e1", "a caption that is nowhere else in the data at all",
                                            {"Self-Harm"}));
        test.append(testdata::restoreRecord("e2", "another fresh caption about sleeping all day long",
                                            {"Feeling Down"}));
        testdata::writeRestore(data, "train", train, {"t0", "t1"});
        testdata::writeRestore(data, "test", test, {"e0", "e1", "e2"});
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        DatasetImporter::importPath(*store, data, {});
        const QHash<QString, int64_t> rows = SampleStore(*store).idsBySampleId();
        const LabelSchema schema = store->labelSchema();
        auto p = [&](const QString& label) {
            QVector<float> v(schema.size(), 0.1f);
            v[schema.names().indexOf(label)] = 0.9f;
            return v;
        };
        RunStore runs(*store);
        const int64_t run = runs.createRun("r", dir.filePath("r"), QJsonObject{{"preset", "tiny"}});
        runs.putPredictions(run, {{rows["e0"], p("Feeling Down")},
                                  {rows["e1"], p("Feeling Down")},
                                  {rows["e2"], p("Feeling Down")}});
        runs.setSummary(run, QJsonObject{{"test", QJsonObject{{"macro_f1", 0.5}}}}, {});
        runs.setStatus(run, RunStatus::Finished);

        DuplicateSettings loose;
        loose.textThreshold = 0.7;
        ProjectDuplicates::setProjectSettings(*store, loose);
        QCOMPARE(refreshLeakFreeFigures(*store), 1);
        std::optional<LeakFreeFigures> f = RunSummary::of(runs.run(run)).test.leakFree;
        QVERIFY(f && f->removed == 1 && f->samples == 2); // e0 repeats t0
        QCOMPARE(f->textThreshold, 0.7);
        DuplicateSettings strict;
        strict.textThreshold = 0.95;
        ProjectDuplicates::setProjectSettings(*store, strict);
        QCOMPARE(refreshLeakFreeFigures(*store), 1);
        f = RunSummary::of(runs.run(run)).test.leakFree;
        QVERIFY(f && f->removed == 0 && f->samples == 3);
        QCOMPARE(RunSummary::of(runs.run(run)).test.macroF1, 0.5); // the rest of the summary as it was
        // Up to date: only stale runs are redone when asked for those alone.
        QCOMPARE(refreshLeakFreeFigures(*store, {}, false), 0);
        ProjectDuplicates::setProjectSettings(*store, loose); // as if a refresh had been cancelled
        QCOMPARE(refreshLeakFreeFigures(*store, {}, false), 1);
        QCOMPARE(RunSummary::of(runs.run(run)).test.leakFree->removed, 1);
    }

    void groupAwareSplitKeepsGroupsWholeAndStratified() {
        // 600 memes of 3 labels (1:2:3), 80 % train / 10 % validation / 10 % test, and 40 duplicate groups of
        // 2-5 memes scattered across the splits.
        ProjectDuplicates found;
        std::mt19937 rng(3);
        QHash<int64_t, Split> given;
        for (int i = 0; i < 600; ++i) {
            DuplicateSample s;
            s.rowId = 1000 + i;
            s.sampleId = QString::number(i);
            const int label = i % 6 == 0 ? 0 : i % 6 < 3 ? 1 : 2;
            s.labels = uint64_t(1) << label;
            s.split = i % 10 == 0 ? Split::Test : i % 10 == 1 ? Split::Validation : Split::Train;
            given.insert(s.rowId, s.split);
            found.samples << s;
        }
        given.insert(5000, Split::Unassigned); // a meme the scheme does not split stays unassigned
        found.report.groupOf.assign(600, -1);
        int next = 0;
        for (int g = 0; g < 40; ++g) {
            DuplicateGroup group;
            const int size = 2 + int(rng() % 4);
            for (int k = 0; k < size; ++k)
                group.members.push_back(next++ * 7 % 600);
            std::sort(group.members.begin(), group.members.end());
            group.members.erase(std::unique(group.members.begin(), group.members.end()), group.members.end());
            for (const int m : group.members)
                found.report.groupOf[size_t(m)] = g;
            found.report.groups.push_back(group);
        }
        GroupAwareSplitSummary summary;
        const QHash<int64_t, Split> split = groupAwareSplit(found, given, 42, &summary);
        QCOMPARE(split.value(5000), Split::Unassigned);
        for (const DuplicateGroup& g : found.report.groups) {
            const Split first = split.value(found.samples[g.members.front()].rowId);
            for (const int m : g.members)
                QCOMPARE(split.value(found.samples[m].rowId), first);
        }
        QCOMPARE(summary.groupsKeptWhole, 40);
        QCOMPARE(summary.train + summary.val + summary.test, 600);
        // Stratified: each label keeps (close to) 80/10/10 of its memes.
        for (int label = 0; label < 3; ++label) {
            int all = 0, test = 0, val = 0;
            for (const DuplicateSample& s : found.samples)
                if (*s.labels == (uint64_t(1) << label)) {
                    ++all;
                    test += split.value(s.rowId) == Split::Test;
                    val += split.value(s.rowId) == Split::Validation;
                }
            QVERIFY2(std::abs(double(test) / all - 0.1) < 0.03,
                     qPrintable(QString("label %1: %2 of %3 in test").arg(label).arg(test).arg(all)));
            QVERIFY2(std::abs(double(val) / all - 0.1) < 0.03,
                     qPrintable(QString("label %1: %2 of %3 in validation").arg(label).arg(val).arg(all)));
        }
        QCOMPARE(groupAwareSplit(found, given, 42), split); // deterministic for a seed
    }

    void splitSchemesAreStoredBesideTheOriginal() {
        QTemporaryDir dir;
        QJsonArray train;
        for (int i = 0; i < 6; ++i)
            train.append(testdata::restoreRecord(QStringLiteral("m%1").arg(i),
                                                 QStringLiteral("caption %1").arg(i), {"Feeling Down"}));
        testdata::writeRestore(dir.filePath("restore"), "train", train);
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        DatasetImporter::importPath(*store, dir.filePath("restore"), {});
        SplitSchemeStore schemes(*store);
        QHash<int64_t, Split> mine;
        for (const SampleRecord& s : SampleStore(*store).loadAll())
            mine.insert(s.id, s.sampleId == "m0" ? Split::Test : Split::Train);
        schemes.save("mine", "for the test", mine);
        QCOMPARE(schemes.load("mine"), mine);
        QCOMPARE(schemes.schemes().size(), 2);
        QCOMPARE(schemes.schemes()[1].test, 1);
        for (const SampleRecord& s : SampleStore(*store).loadAll())
            QCOMPARE(s.split, QString("train")); // the dataset's own split is untouched
        QCOMPARE(schemes.load("original").size(), 6);
        QVERIFY_THROWS_EXCEPTION(StoreError, schemes.save("mine", "again", mine)); // taken
        schemes.save("mine", "again", mine, true);
        QVERIFY_THROWS_EXCEPTION(StoreError, schemes.save("original", "", mine));
        try {
            schemes.load("nope");
            QFAIL("an unknown scheme was loaded");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().contains("original, mine"), qPrintable(e.message()));
        }
        schemes.remove("mine");
        QCOMPARE(schemes.schemes().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
