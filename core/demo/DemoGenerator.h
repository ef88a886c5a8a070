#pragma once

#include "core/util/JobContext.h"

#include <QString>
#include <QStringList>

namespace memescope {

struct DemoOptions {
    QString outDir;
    uint32_t seed = 7;
    int axiomTrain = 480, axiomTest = 120;
    int restoreTrain = 700, restoreVal = 80, restoreTest = 120;
    int reasoningPerDataset = 40; // records that also appear in a *_llava_dataset.json
};

struct DemoSummary {
    QString axiomDir, restoreDir;
    int axiomRecords = 0, restoreRecords = 0, images = 0;
    QStringList brokenEntries; // what was broken on purpose, for the import report to show
    double seconds = 0;
};

// Writes a deterministic synthetic AxiOM-style set (6 classes, single-label) under outDir/axiom and a
// RESTORE-style set (7 labels, some multi-label, val/test splits) under outDir/restore, in the real file
// layouts. Captions behave like real meme text (DemoCaption.h: lengths, long tail, noise, a weak and
// overlapping label signal); drawn motifs and colours carry another part of the signal, sometimes another
// class's (conflicting). A handful of entries are broken on
// purpose. demo_captions.json in each folder records exactly the text rendered on every image (for OCR
// accuracy measurements); demo_reposts.json lists the reposts planted on purpose (an original, its copy and the
// kind of copy), so duplicate detection can be scored; demo_truth.json records the drawn motif's class and box and
// each label's caption words, so relevance maps can be scored (the pointing game). Same seed -> byte-identical files. Needs a QGuiApplication (fonts). Progress (memes
// rendered) comes from the rendering threads.
class DemoGenerator {
public:
    // Raised whenever the generated files change (2: captions that behave like real meme text, RESTORE's
    // label distribution), so scripts/run-demo.sh knows to regenerate an older demo.
    static constexpr int kVersion = 5; // 3: every record marked synthetic; 4: planted reposts; 5: truth
    // Every record the demo writes carries this key ("yes"); an import keeps it, so reports and panels can
    // say that a figure was measured on synthetic memes.
    static constexpr const char* kSyntheticKey = "memescope_synthetic_demo";
    // Whether a stored meme came from the demo (its kept extra fields hold the key).
    static bool isSynthetic(const QString& extraJson);
    static DemoSummary generate(const DemoOptions& options, const JobContext& job = {});
};

} // namespace memescope
