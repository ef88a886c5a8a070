#pragma once

#include <QString>
#include <QStringList>

namespace memescope::duplicates {

// A meme's text as reposts are compared: Unicode NFKC (full-width and styled letters become plain ones),
// case-folded, watermarks and @handles removed (a repost often carries another site's mark), punctuation
// and symbols turned into spaces, whitespace collapsed. "When you  SEE it!! @sadboi_memes imgflip.com" and
// "when you see it" normalise to the same "when you see it".
QString normalizeCaption(const QString& text);

// The words of a normalised caption (split on single spaces).
QStringList captionWords(const QString& normalized);

} // namespace memescope::duplicates
