#pragma once

#include <QString>
#include <QStringList>

namespace memescope {

// Word and character error rates (Levenshtein edits / reference length) for measuring OCR against known
// captions. Both texts are normalised first: case folded, punctuation other than in-word apostrophes
// dropped, whitespace (incl. line breaks) collapsed -- a caption's line wrapping is not an OCR error.
struct ErrorCount {
    int edits = 0;
    int referenceLength = 0;
    double rate() const {
        return referenceLength > 0 ? double(edits) / referenceLength : (edits > 0 ? 1.0 : 0.0);
    }
    ErrorCount& operator+=(const ErrorCount& o) {
        edits += o.edits;
        referenceLength += o.referenceLength;
        return *this;
    }
};

QStringList normalizedWords(const QString& text);
ErrorCount wordErrors(const QString& reference, const QString& hypothesis);
ErrorCount charErrors(const QString& reference, const QString& hypothesis);

} // namespace memescope
