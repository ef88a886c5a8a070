#pragma once

#include <QString>
#include <QVector>
#include <random>

namespace memescope {

// The words of one demo meme, written to behave like real meme text rather than a phrase bank: lengths
// log-normal around the real medians (AxiOM 15 words, 90th percentile 28; RESTORE 17, 90th percentile 44),
// mostly everyday words and a long tail of words seen once, the label's wording present only some of the
// time and other labels' wording mixed in, and the noise of scraped memes (watermarks, @handles, all
// capitals, OCR slips). Deterministic for a given generator state.
struct DemoCaption {
    QString top, bottom; // drawn at the top and the bottom of the meme
};
DemoCaption composeDemoCaption(bool restore, const QVector<int>& labels, std::mt19937& rng);

// The words of a label's phrase bank that no other label's bank has (lower case): what carries the label in
// a demo caption when it is there.
QStringList demoLabelWords(bool restore, int label);

// Real RESTORE's label frequencies (per label, RESTORE order) and label counts per meme (94 % one, 5.5 %
// two, the rest three).
QVector<int> drawDemoLabels(bool restore, std::mt19937& rng);

} // namespace memescope
