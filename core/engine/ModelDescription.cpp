#include "ModelDescription.h"

#include <QCoreApplication>
#include <QStringList>

namespace memescope {
namespace {

QString words(const char* text) { // text marked with QT_TRANSLATE_NOOP for lupdate
    return QCoreApplication::translate("memescope::ModelWords", text);
}

QString fusionWords(ml::FusionKind fusion) {
    switch (fusion) {
    case ml::FusionKind::Token:
        return words(QT_TRANSLATE_NOOP("memescope::ModelWords", "word-patch attention"));
    case ml::FusionKind::SeedCls:
        return words(QT_TRANSLATE_NOOP("memescope::ModelWords", "summary-token attention"));
    case ml::FusionKind::Concat:
        return words(QT_TRANSLATE_NOOP("memescope::ModelWords", "concatenation"));
    }
    return {};
}

QString checkpointWords(const std::string& checkpoint) {
    return checkpoint.empty() ? words(QT_TRANSLATE_NOOP("memescope::ModelWords", "trained from scratch"))
                              : words(QT_TRANSLATE_NOOP("memescope::ModelWords", "from %1"))
                                    .arg(QString::fromStdString(checkpoint));
}

} // namespace

QString describeModel(const ml::ModelConfig& c) {
    if (c.model == ml::ModelKind::TfidfLr)
        return words(QT_TRANSLATE_NOOP("memescope::ModelWords", "TF-IDF + logistic regression"));
    QStringList parts{c.preset == "seed"
                          ? words(QT_TRANSLATE_NOOP("memescope::ModelWords", "reference design"))
                          : words(QT_TRANSLATE_NOOP("memescope::ModelWords", "small"))};
    if (!c.hasText())
        parts << words(QT_TRANSLATE_NOOP("memescope::ModelWords", "image only"));
    else
        parts << (c.textEncoder == ml::TextEncoderKind::Roberta
                      ? words(QT_TRANSLATE_NOOP("memescope::ModelWords", "RoBERTa"))
                      : words(QT_TRANSLATE_NOOP("memescope::ModelWords", "word n-grams")));
    parts << (c.hasImage() ? words(QT_TRANSLATE_NOOP("memescope::ModelWords", "CLIP"))
                           : words(QT_TRANSLATE_NOOP("memescope::ModelWords", "text only")));
    if (c.hasText() && c.hasImage()) parts << fusionWords(c.fusion);
    if (c.textSource == ml::TextSource::Ocr)
        parts << words(QT_TRANSLATE_NOOP("memescope::ModelWords", "OCR text"));
    return parts.join(QStringLiteral(" · "));
}

QVector<QPair<QString, QString>> describeSettings(const ml::ModelConfig& c) {
    QVector<QPair<QString, QString>> rows;
    rows.append({words(QT_TRANSLATE_NOOP("memescope::ModelWords", "Model")), describeModel(c)});
    const QString textSource = c.textSource == ml::TextSource::Dataset
                                   ? words(QT_TRANSLATE_NOOP("memescope::ModelWords", "the dataset's text"))
                               : c.textSource == ml::TextSource::Ocr
                                   ? words(QT_TRANSLATE_NOOP("memescope::ModelWords", "Tesseract's OCR text"))
                                   : words(QT_TRANSLATE_NOOP("memescope::ModelWords", "none"));
    rows.append(
        {words(QT_TRANSLATE_NOOP("memescope::ModelWords", "Text read")),
         textSource + (c.figurativeReasoning ? words(QT_TRANSLATE_NOOP("memescope::ModelWords",
                                                                       ", with the figurative reasoning"))
                                             : QString())});
    if (c.model == ml::ModelKind::TfidfLr) {
        rows.append({words(QT_TRANSLATE_NOOP("memescope::ModelWords", "Seed")), QString::number(c.seed)});
        return rows;
    }
    if (c.hasText())
        rows.append({words(QT_TRANSLATE_NOOP("memescope::ModelWords", "Text encoder")),
                     c.textEncoder == ml::TextEncoderKind::Roberta
                         ? words(QT_TRANSLATE_NOOP("memescope::ModelWords", "RoBERTa, %1 layers, %2"))
                               .arg(c.roberta.numLayers)
                               .arg(checkpointWords(c.textCheckpoint))
                         : words(QT_TRANSLATE_NOOP("memescope::ModelWords",
                                                   "word and character n-grams (%1 dimensions)"))
                               .arg(c.ngram.dim)});
    if (c.hasImage())
        rows.append({words(QT_TRANSLATE_NOOP("memescope::ModelWords", "Image encoder")),
                     words(QT_TRANSLATE_NOOP("memescope::ModelWords",
                                             "CLIP vision transformer, %1 layers, %2 px, %3"))
                         .arg(c.clip.numLayers)
                         .arg(c.clip.imageSize)
                         .arg(checkpointWords(c.imageCheckpoint))});
    if (c.hasText() && c.hasImage())
        rows.append({words(QT_TRANSLATE_NOOP("memescope::ModelWords", "Fusion")),
                     words(QT_TRANSLATE_NOOP("memescope::ModelWords", "%1, %2 layers of %3 dimensions"))
                         .arg(fusionWords(c.fusion))
                         .arg(c.fusionLayers)
                         .arg(c.fusionDim)});
    rows.append(
        {words(QT_TRANSLATE_NOOP("memescope::ModelWords", "Mixture of experts")),
         c.moe == ml::MoeKind::Off ? words(QT_TRANSLATE_NOOP("memescope::ModelWords", "off"))
         : c.moe == ml::MoeKind::Dense
             ? words(QT_TRANSLATE_NOOP("memescope::ModelWords", "%1 experts, all mixed")).arg(c.experts)
             : words(QT_TRANSLATE_NOOP("memescope::ModelWords", "%1 experts, the best %2 per meme"))
                   .arg(c.experts)
                   .arg(c.topK)});
    rows.append({words(QT_TRANSLATE_NOOP("memescope::ModelWords", "Contrastive alignment")),
                 c.contrastive == ml::ContrastiveKind::Off
                     ? words(QT_TRANSLATE_NOOP("memescope::ModelWords", "off"))
                     : words(QT_TRANSLATE_NOOP("memescope::ModelWords", "on (weight %1, temperature %2)"))
                           .arg(c.contrastiveWeight)
                           .arg(c.temperature)});
    rows.append({words(QT_TRANSLATE_NOOP("memescope::ModelWords", "TF-IDF blended in")),
                 c.wide == ml::WideKind::Tfidf
                     ? words(QT_TRANSLATE_NOOP("memescope::ModelWords", "yes, weight chosen on validation"))
                     : words(QT_TRANSLATE_NOOP("memescope::ModelWords", "no"))});
    rows.append({words(QT_TRANSLATE_NOOP("memescope::ModelWords", "Training")),
                 words(QT_TRANSLATE_NOOP("memescope::ModelWords",
                                         "%1 epochs, batches of %2, learning rate %3, seed %4"))
                     .arg(c.epochs)
                     .arg(c.batchSize)
                     .arg(c.learningRate)
                     .arg(c.seed)});
    if (c.multiLabel)
        rows.append({words(QT_TRANSLATE_NOOP("memescope::ModelWords", "Decision thresholds")),
                     c.tuneThresholds
                         ? words(QT_TRANSLATE_NOOP("memescope::ModelWords", "tuned per label on validation"))
                         : words(QT_TRANSLATE_NOOP("memescope::ModelWords", "0.5"))});
    return rows;
}

} // namespace memescope
